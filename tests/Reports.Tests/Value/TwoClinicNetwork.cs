using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Tests.Support;

namespace QiPipeline.Reports.Tests.Value;

/// <summary>
/// The small network the value-sheet tests write their own table into: N1 (pilot, go-live 2024-03-01)
/// and N2, with depression screening for 2024-01..03 (the workbook needs one measure to write).
/// </summary>
internal static class TwoClinicNetwork
{
    /// <summary>The first month of the series.</summary>
    public static readonly Month First = new(2024, 1);

    public static List<KpiRow> Screening() =>
    [
        .. Rows.Series("depression_screening", "N1", First, 100, [30, 30, 50]),
        .. Rows.Series("depression_screening", "N2", First, 40, [20, 20, 20]),
        .. Rows.Series("depression_screening", "ALL", First, 140, [50, 50, 70]),
    ];

    public static List<ReportClinic> Clinics() =>
        [new ReportClinic("N1", "North One", Pilot: true, new DateOnly(2024, 3, 1)), new ReportClinic("N2", "North Two", false, null)];
}
