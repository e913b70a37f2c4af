using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Spc;

namespace QiPipeline.Reports.Monthly;

/// <summary>One measure at one clinic (or the network): its months and the chart computed from them.</summary>
/// <param name="Measure">How the measure is shown.</param>
/// <param name="Clinic">The clinic, or the network.</param>
/// <param name="Rows">Every month of the run, in order (denominators of 0 included).</param>
/// <param name="Chart">The chart of the months with a denominator, or null when there is none.</param>
/// <param name="Mdc">The Making Data Count reading of <see cref="Chart"/>, or null.</param>
/// <param name="PointOfRow">For each row, the index of its chart point, or null (a denominator of 0).</param>
/// <param name="Target">The measure's configured target (on the scale of the kpi rate), or null.</param>
internal sealed record ClinicSeries(
    MeasureDisplay Measure,
    ReportClinic Clinic,
    IReadOnlyList<KpiRow> Rows,
    SpcChart? Chart,
    MdcSummary? Mdc,
    IReadOnlyList<int?> PointOfRow,
    double? Target = null)
{
    /// <summary>The chart's name as the table and title say it.</summary>
    public string ChartName => Chart?.Type switch
    {
        null => "no data",
        ChartType.Run => "run chart",
        ChartType.P => "p chart",
        ChartType.PPrime => "Laney p′ chart",
        ChartType.U => "u chart",
        ChartType.UPrime => "Laney u′ chart",
        var other => other.ToString()!,
    };

    /// <summary>The chart point of row <paramref name="row"/>, or null.</summary>
    public SpcPoint? PointAt(int row) => PointOfRow[row] is { } i ? Chart!.Points[i] : null;

    /// <summary>The Making Data Count reading of row <paramref name="row"/>, or null.</summary>
    public MdcPoint? MdcAt(int row) => PointOfRow[row] is { } i ? Mdc!.Points[i] : null;

    /// <summary>Whether the part of row <paramref name="row"/> has a runs signal (Anhøj rules).</summary>
    public bool RunsSignalAt(int row) => PointAt(row) is { } p && Chart!.Parts[p.Part - 1].Runs?.Signal == true;
}
