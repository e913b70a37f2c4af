namespace QiPipeline.Warehouse;

/// <summary>One entry of the <c>clinics</c> configuration array.</summary>
public sealed class ClinicOptions
{
    /// <summary>The clinic id used in records.</summary>
    public string? Id { get; set; }

    /// <summary>The clinic's display name.</summary>
    public string? Name { get; set; }

    /// <summary>Whether the clinic pilots the integrated care model.</summary>
    public bool Pilot { get; set; }

    /// <summary>The go-live date of the model at a pilot clinic.</summary>
    public DateOnly? GoLive { get; set; }
}
