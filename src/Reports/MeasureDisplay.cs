using QiPipeline.Metrics.Spc;

namespace QiPipeline.Reports;

/// <summary>How a measure is charted and shown: a proportion in percent, or an ED rate per 1,000 patients.</summary>
/// <param name="MeasureId">The measure.</param>
/// <param name="IsRate">Events per attributed patient (u chart, shown per 1,000) rather than a proportion (p or p′ chart, shown in percent).</param>
/// <param name="Direction">Which way the measure improves.</param>
internal sealed record MeasureDisplay(string MeasureId, bool IsRate, ImprovementDirection Direction)
{
    /// <summary>The ED utilisation measures: rates per patient, lower is better (docs/spc.md).</summary>
    private static readonly HashSet<string> EdRates = new(StringComparer.Ordinal) { "ed_visits", "avoidable_ed_visits", "bh_ed_visits" };

    /// <summary>What a displayed value is multiplied by: 1,000 for rates, 1 for proportions (shown with a percent format).</summary>
    public double Scale => IsRate ? 1000 : 1;

    /// <summary>The Excel number format of a displayed value.</summary>
    public string NumberFormat => IsRate ? "0.0" : "0.0%";

    /// <summary>The unit as a reader says it.</summary>
    public string Unit => IsRate ? "per 1,000 patients" : "percent";

    public static MeasureDisplay For(string measureId) =>
        EdRates.Contains(measureId)
            ? new MeasureDisplay(measureId, IsRate: true, ImprovementDirection.Decrease)
            : new MeasureDisplay(measureId, IsRate: false, ImprovementDirection.Increase);
}
