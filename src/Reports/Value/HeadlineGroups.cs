namespace QiPipeline.Reports.Value;

/// <summary>
/// The two network rows of the headlines: the pilot clinics pooled (each over its own go-live's periods) and
/// the comparison clinics pooled (over the periods of the first go-live). They replace a network row that
/// mixed the comparison clinics into the pilots' before and after.
/// </summary>
internal static class HeadlineGroups
{
    public static readonly ReportClinic Pilots = new("PILOTS", "Pilot clinics", Pilot: true, GoLive: null);

    public static readonly ReportClinic Comparison = new("COMPARISON", "Comparison clinics", Pilot: false, GoLive: null);

    public static bool IsGroup(ReportClinic clinic) => clinic.Id == Pilots.Id || clinic.Id == Comparison.Id;
}
