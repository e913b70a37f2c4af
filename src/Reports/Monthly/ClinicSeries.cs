using System.Globalization;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Spc;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Monthly;

/// <summary>One measure at one clinic (or the network): its points (months, or quarters at low volume) and the chart computed from them.</summary>
/// <param name="Measure">How the measure is shown.</param>
/// <param name="Clinic">The clinic, or the network.</param>
/// <param name="Rows">Every point of the run, in order (denominators of 0 included): months, or quarters when <see cref="Quarterly"/>.</param>
/// <param name="Chart">The chart of the points with a denominator outside the ramp, or null when there is none.</param>
/// <param name="Mdc">The Making Data Count reading of <see cref="Chart"/>, or null.</param>
/// <param name="PointOfRow">For each row, the index of its chart point, or null (a denominator of 0, a ramp point).</param>
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
    /// <summary>A point with fewer units than this is plotted but never read as a signal: one patient more or less swings it.</summary>
    public const int MinJudgedUnits = 5;

    private readonly IReadOnlyList<KpiRow>? _months;
    private readonly IReadOnlyList<SeriesPhase>? _phases;

    /// <summary>The monthly rows, whatever the points are (the PDSA Study pools months).</summary>
    public IReadOnlyList<KpiRow> Months { get => _months ?? Rows; init => _months = value; }

    /// <summary>Per row, its phase against the go-live (all <see cref="SeriesPhase.None"/> without one).</summary>
    public IReadOnlyList<SeriesPhase> Phases { get => _phases ?? Rows.Select(_ => SeriesPhase.None).ToList(); init => _phases = value; }

    /// <summary>Whether the points are calendar quarters: the median monthly denominator was below the low-volume threshold.</summary>
    public bool Quarterly { get; init; }

    /// <summary>The median monthly denominator that decided between months and quarters.</summary>
    public double MedianMonthlyDenominator { get; init; }

    /// <summary>Whether any point has units: a series without is "no data", never 0%.</summary>
    public bool HasData => Rows.Any(r => r.Denominator > 0);

    /// <summary>The chart's name as the table and title say it.</summary>
    public string ChartName => Chart?.Type switch
    {
        null => HasData ? "ramp only" : "no data",
        ChartType.Run => "run chart",
        ChartType.P => "p chart",
        ChartType.PPrime => "Laney p′ chart",
        ChartType.U => "u chart",
        ChartType.UPrime => "Laney u′ chart",
        var other => other.ToString()!,
    } + (Quarterly ? " by quarter" : "");

    /// <summary>"month" or "quarter": what one point is.</summary>
    public string PointName => Quarterly ? "quarter" : "month";

    /// <summary>The chart point of row <paramref name="row"/>, or null.</summary>
    public SpcPoint? PointAt(int row) => PointOfRow[row] is { } i ? Chart!.Points[i] : null;

    /// <summary>The Making Data Count reading of row <paramref name="row"/>, or null.</summary>
    public MdcPoint? MdcAt(int row) => PointOfRow[row] is { } i ? Mdc!.Points[i] : null;

    /// <summary>Whether the part of row <paramref name="row"/> has a runs signal (Anhøj rules).</summary>
    public bool RunsSignalAt(int row) => PointAt(row) is { } p && Chart!.Parts[p.Part - 1].Runs?.Signal == true;

    /// <summary>The phase of row <paramref name="row"/>.</summary>
    public SeriesPhase PhaseAt(int row) => Phases[row];

    /// <summary>
    /// Whether a signal may be read at row <paramref name="row"/>: a chart point (not a ramp point), final (a
    /// pending rate will still rise) and of at least <see cref="MinJudgedUnits"/> units.
    /// </summary>
    public bool Judged(int row) => PointAt(row) is not null && !Rows[row].Pending && Rows[row].Denominator >= MinJudgedUnits;

    /// <summary>Why row <paramref name="row"/> is not judged, or null when it is (or has no value).</summary>
    public string? NotJudgedReason(int row) => Rows[row].Denominator == 0 ? null
        : PhaseAt(row) == SeriesPhase.Ramp ? "go-live ramp: not judged"
        : Rows[row].Pending ? "pending: not judged"
        : Rows[row].Denominator < MinJudgedUnits ? $"n < {MinJudgedUnits}: not judged"
        : null;

    /// <summary>The variation read at row <paramref name="row"/>: common cause where no signal may be read; null without a point.</summary>
    public Variation? VariationAt(int row) => MdcAt(row) is { } mdc ? Judged(row) ? mdc.Variation : Variation.CommonCause : null;

    /// <summary>Whether row <paramref name="row"/> shows a special cause that may be read.</summary>
    public bool SpecialCauseAt(int row) => Judged(row) && MdcAt(row)!.SpecialCause;

    /// <summary>A point's period as a reader says it: "2025-03", or "2025 Q1".</summary>
    public string PeriodLabel(int row) => Label(Rows[row].Period, Quarterly);

    /// <summary>A period as a reader says it: "2025-03", or "2025 Q1" for the quarter starting that month.</summary>
    public static string Label(Month period, bool quarterly) => quarterly
        ? string.Create(CultureInfo.InvariantCulture, $"{period.Start.Year} Q{((period.Start.Month - 1) / 3) + 1}")
        : period.ToString();
}
