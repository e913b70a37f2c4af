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

    /// <summary>The catalog's display name (at most 31 characters), or the id of a measure the catalog does not know.</summary>
    public string Name => MeasureCatalog.Find(MeasureId)?.DisplayName ?? MeasureId;

    /// <summary>
    /// What a value is multiplied by to read per year: a rate counts events per patient-month, so 12,000 gives
    /// events per 1,000 patients per year; 1 for proportions.
    /// </summary>
    public double YearScale => IsRate ? 12_000 : 1;

    /// <summary>The unit of a value multiplied by <see cref="YearScale"/>.</summary>
    public string YearUnit => IsRate ? "per 1,000 patients per year" : "percent";

    /// <summary>The Excel number format of a value multiplied by <see cref="YearScale"/>.</summary>
    public string YearFormat => IsRate ? CellFormats.OneDecimal : CellFormats.Percent;

    /// <summary>How the catalog says the measure is shown; an id the catalog does not know is a proportion where higher is better.</summary>
    public static MeasureDisplay For(string measureId) =>
        MeasureCatalog.Find(measureId) is { } measure
            ? new MeasureDisplay(measureId, measure.IsRate, measure.Direction)
            : new MeasureDisplay(measureId, IsRate: false, ImprovementDirection.Increase);
}
