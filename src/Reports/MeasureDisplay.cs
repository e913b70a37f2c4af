using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Spc;

namespace QiPipeline.Reports;

/// <summary>How a measure is charted and shown: a proportion in percent, or an ED rate per 1,000 patients.</summary>
/// <param name="MeasureId">The measure.</param>
/// <param name="IsRate">Events per attributed patient (u chart, shown per 1,000) rather than a proportion (p or p′ chart, shown in percent).</param>
/// <param name="Direction">Which way the measure improves.</param>
internal sealed record MeasureDisplay(string MeasureId, bool IsRate, ImprovementDirection Direction)
{
    /// <summary>What a displayed value is multiplied by: 1,000 for rates, 1 for proportions (shown with a percent format).</summary>
    public double Scale => IsRate ? 1000 : 1;

    /// <summary>The Excel number format of a displayed value.</summary>
    public string NumberFormat => IsRate ? "0.0" : "0.0%";

    /// <summary>The unit as a reader says it.</summary>
    public string Unit => IsRate ? "per 1,000 patients" : "percent";

    /// <summary>How the catalog says the measure is shown; an id the catalog does not know is a proportion where higher is better.</summary>
    public static MeasureDisplay For(string measureId) =>
        MeasureCatalog.Find(measureId) is { } measure
            ? new MeasureDisplay(measureId, measure.IsRate, measure.Direction)
            : new MeasureDisplay(measureId, IsRate: false, ImprovementDirection.Increase);

    /// <summary>The name a person reads (the catalog's display name; the id for a measure the catalog does not know).</summary>
    public string DisplayName => MeasureCatalog.Find(MeasureId)?.DisplayName ?? MeasureId;

    /// <summary>
    /// What a kpi rate is multiplied by for a reader: ED visits per patient-month × 12,000 gives visits per
    /// 1,000 patients per year; a proportion stays 0..1 (shown with a percent format).
    /// </summary>
    public double PerYearScale => IsRate ? 12000 : 1;

    /// <summary>The unit of a value scaled by <see cref="PerYearScale"/>.</summary>
    public string PerYearUnit => IsRate ? "per 1,000 patients per year" : "percent";

    /// <summary>The Excel number format of a value scaled by <see cref="PerYearScale"/>.</summary>
    public string PerYearFormat => IsRate ? CellFormats.OneDecimal : CellFormats.Percent;
}
