using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Tests.Monthly;

/// <summary>Hand-made stratum rows for the equity tests: one clinic, the report month 2025-06.</summary>
internal static class EquityDeck
{
    public static readonly Month ReportMonth = new(2025, 6);

    public static KpiRow Row(string measure, string stratum, string value, double numerator, long denominator, Month? month = null, bool pending = false, string clinic = "N1") =>
        new(measure, clinic, month ?? ReportMonth, stratum, value, numerator, denominator, pending, null);

    /// <summary>
    /// Sex: F 56/70 and M 48/80 in the window (Newcombe 1998's example a), split over two months; a pending month and
    /// a month before the window that would change both if they were counted.
    /// </summary>
    public static List<KpiRow> UnequalScreening() =>
    [
        Row("depression_screening", "sex", "F", 30, 40),
        Row("depression_screening", "sex", "M", 20, 40),
        Row("depression_screening", "sex", "F", 26, 30, new Month(2024, 7)),
        Row("depression_screening", "sex", "M", 28, 40, new Month(2024, 7)),
        Row("depression_screening", "sex", "F", 0, 50, new Month(2025, 3), pending: true),
        Row("depression_screening", "sex", "M", 50, 50, new Month(2025, 3)),
        Row("depression_screening", "sex", "F", 0, 500, new Month(2024, 6)),
    ];

    /// <summary>Sex: F 50/100 and M 48/100, a difference well within chance.</summary>
    public static List<KpiRow> BalancedScreening() =>
    [
        Row("depression_screening", "sex", "F", 50, 100),
        Row("depression_screening", "sex", "M", 48, 100),
    ];

    /// <summary>Payer: Medicaid 40 ED visits in 1,000 patient-months, commercial 20 in 2,000.</summary>
    public static List<KpiRow> UnequalEdVisits() =>
    [
        Row("ed_visits", "payer", "medicaid", 40, 1000),
        Row("ed_visits", "payer", "commercial", 20, 2000),
    ];
}
