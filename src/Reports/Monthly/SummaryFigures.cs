using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Spc;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Monthly;

/// <summary>The Summary sheet's reading of one series.</summary>
/// <param name="LatestMonth">The latest final point (month, or quarter at low volume) with a denominator, or null.</param>
/// <param name="Latest">Its rate, or null.</param>
/// <param name="LatestN">Its denominator, or null.</param>
/// <param name="Baseline">The median rate of the baseline points, or null.</param>
/// <param name="BaselineN">The median denominator of the baseline points, or null.</param>
/// <param name="BaselineBasis">Which months (or quarters) the baseline is the median of.</param>
/// <param name="Variation">The variation of the latest final month's point (Making Data Count).</param>
/// <param name="Assurance">The assurance icon: where the target lies against the latest limits (not applicable without a target).</param>
/// <param name="PendingMonths">The months still pending.</param>
/// <param name="LatestReason">Why the latest final point is not judged (a ramp point), or null.</param>
internal sealed record SummaryFigures(
    Month? LatestMonth,
    double? Latest,
    long? LatestN,
    double? Baseline,
    double? BaselineN,
    string BaselineBasis,
    Variation? Variation,
    Assurance Assurance,
    IReadOnlyList<Month> PendingMonths,
    string? LatestReason = null)
{
    /// <summary>Months in the baseline of a clinic that has no go-live.</summary>
    public const int BaselineMonths = 12;

    /// <summary>Latest minus baseline, or null.</summary>
    public double? Change => Latest - Baseline;

    /// <summary>
    /// Baseline: the median of the pre-go-live points of a pilot clinic, else of the first 12 months (4
    /// quarters at low volume; points with a denominator only). Latest: the last final point, since a pending
    /// rate will still rise. Its variation is common cause where no signal may be read (see <see cref="ClinicSeries.Judged"/>).
    /// </summary>
    public static SummaryFigures Of(ClinicSeries series)
    {
        var rows = series.Rows;
        var latestIndex = LastIndex(rows, r => !r.Pending && r.Denominator > 0);
        List<KpiRow> baseline;
        string basis;
        var points = series.Quarterly ? "quarters" : "months";
        if (series.Clinic is { Pilot: true, GoLive: { } goLive })
        {
            baseline = rows.Where((r, i) => r.Rate is not null && series.PhaseAt(i) == SeriesPhase.Before).ToList();
            basis = $"{points} before go-live {goLive:yyyy-MM-dd}";
        }
        else
        {
            var take = series.Quarterly ? BaselineMonths / 3 : BaselineMonths;
            baseline = rows.Take(take).Where(r => r.Rate is not null).ToList();
            basis = rows.Count == 0 ? "no months" : $"{series.PeriodLabel(0)}..{series.PeriodLabel(Math.Min(take, rows.Count) - 1)}";
        }

        return new SummaryFigures(
            latestIndex is { } l ? rows[l].Period : null,
            latestIndex is { } i ? rows[i].Rate : null,
            latestIndex is { } n ? rows[n].Denominator : null,
            baseline.Count == 0 ? null : Median(baseline.Select(r => r.Rate!.Value).ToList()),
            baseline.Count == 0 ? null : Median(baseline.Select(r => (double)r.Denominator).ToList()),
            basis,
            latestIndex is { } v ? series.VariationAt(v) : null,
            series.Mdc?.AssuranceIcon ?? Assurance.NotApplicable,
            series.Months.Where(r => r.Pending).Select(r => r.Period).ToList(),
            latestIndex is { } j ? series.NotJudgedReason(j) : null);
    }

    private static int? LastIndex(IReadOnlyList<KpiRow> rows, Func<KpiRow, bool> predicate)
    {
        for (var i = rows.Count - 1; i >= 0; i--)
        {
            if (predicate(rows[i]))
            {
                return i;
            }
        }

        return null;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
