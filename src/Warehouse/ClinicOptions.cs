namespace QiPipeline.Warehouse;

/// <summary>One entry of the <c>clinics</c> configuration array.</summary>
public sealed record ClinicOptions
{
    /// <summary>The default of <see cref="RampMonths"/>.</summary>
    public const int DefaultRampMonths = 3;

    /// <summary>The clinic id used in records (letters, digits, '-' and '_'; checked when the configuration is loaded).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The clinic's display name.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the clinic pilots the integrated care model.</summary>
    public bool Pilot { get; init; }

    /// <summary>The go-live date of the model at a pilot clinic.</summary>
    public DateOnly? GoLive { get; init; }

    /// <summary>The months after go-live during which the new model ramps up (0 or more).</summary>
    public int RampMonths { get; init; } = DefaultRampMonths;
}
