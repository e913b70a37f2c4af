namespace QiPipeline.Application.Configuration;

/// <summary>One entry of the <c>pdsaCycles</c> configuration array.</summary>
internal sealed record PdsaCycleOptions
{
    public string Id { get; init; } = string.Empty;

    public IReadOnlyList<string> ClinicIds { get; init; } = [];

    public string MeasureId { get; init; } = string.Empty;

    public string? Title { get; init; }

    /// <summary>The first day of the cycle (required: the default value means absent).</summary>
    public DateOnly Start { get; init; }

    /// <summary>The last day of the cycle, inclusive (required).</summary>
    public DateOnly End { get; init; }

    /// <summary>The predicted rate during the cycle (0 to 1), or null.</summary>
    public double? Prediction { get; init; }
}
