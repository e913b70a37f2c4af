namespace QiPipeline.Reports;

/// <summary>A configured clinic as the reports show it.</summary>
/// <param name="Id">The clinic id of the kpi rows.</param>
/// <param name="Name">The display name (the id when none is configured).</param>
/// <param name="Pilot">Whether the clinic pilots the integrated care model.</param>
/// <param name="GoLive">The go-live date of a pilot clinic, or null.</param>
/// <param name="RampMonths">
/// The months from go-live while the model ramps up: shown as their own phase and judged against neither
/// the before nor the after limits (0 for none).
/// </param>
public sealed record ReportClinic(string Id, string Name, bool Pilot, DateOnly? GoLive, int RampMonths = ReportClinic.DefaultRampMonths)
{
    /// <summary>The ramp when a clinic does not configure one.</summary>
    public const int DefaultRampMonths = 3;
}
