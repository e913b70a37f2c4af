namespace QiPipeline.Cli.Configuration;

/// <summary>One entry of the <c>pdsaCycles</c> configuration array (dates checked on the raw values at load).</summary>
internal sealed class PdsaCycleOptions
{
    public string? Id { get; set; }

    public List<string> ClinicIds { get; set; } = [];

    public string? MeasureId { get; set; }

    public string? Title { get; set; }

    public DateOnly? Start { get; set; }

    /// <summary>The last day of the cycle, inclusive.</summary>
    public DateOnly? End { get; set; }

    /// <summary>The predicted rate during the cycle (0 to 1), or null.</summary>
    public double? Prediction { get; set; }
}
