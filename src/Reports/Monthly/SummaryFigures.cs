using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Spc;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Monthly;

/// <summary>The Summary sheet's reading of one series.</summary>
/// <param name="LatestMonth">The latest final month with a denominator, or null.</param>
/// <param name="Latest">Its rate, or null.</param>
/// <param name="Baseline">The median monthly rate of the baseline months, or null.</param>
/// <param name="BaselineBasis">Which months the baseline is.</param>
/// <param name="Variation">The variation of the latest final month's point (Making Data Count).</param>
/// <param name="Assurance">The assurance icon: where the target lies against the latest limits (not applicable without a target).</param>
/// <param name="PendingMonths">The months still pending.</param>
internal sealed record SummaryFigures(
    Month? LatestMonth,
    double? Latest,
    double? Baseline,
    string BaselineBasis,
    Variation? Variation,
    Assurance Assurance,
    IReadOnlyList<Month> PendingMonths)
{
    /// <summary>Months in the baseline of a clinic that has no go-live.</summary>
    public const int BaselineMonths = 12;

    /// <summary>Latest minus baseline, or null.</summary>
    public double? Change => Latest - Baseline;

    /// <summary>
    /// Baseline: the median of the pre-go-live months of a pilot clinic, else of the first 12 months (months
    /// with a denominator only). Latest: the last final month, since a pending month's rate will still rise.
    /// </summary>
    public static SummaryFigures Of(ClinicSeries series)
    {
        var rows = series.Rows;
        var latestIndex = LastIndex(rows, r => !r.Pending && r.Denominator > 0);
        List<double> baseline;
        string basis;
        if (series.Clinic is { Pilot: true, GoLive: { } goLive })
        {
            baseline = Rates(rows.Where(r => r.Period < Month.Of(goLive)));
            basis = $"median of the months before go-live {goLive:yyyy-MM-dd}";
        }
        else
        {
            baseline = Rates(rows.Take(BaselineMonths));
            basis = rows.Count == 0 ? "no months" : $"median of {rows[0].Period}..{rows[Math.Min(BaselineMonths, rows.Count) - 1].Period}";
        }

        return new SummaryFigures(
            latestIndex is { } l ? rows[l].Period : null,
            latestIndex is { } i ? rows[i].Rate : null,
            baseline.Count == 0 ? null : Median(baseline),
            basis,
            latestIndex is { } v ? series.MdcAt(v)?.Variation : null,
            series.Mdc?.AssuranceIcon ?? Assurance.NotApplicable,
            rows.Where(r => r.Pending).Select(r => r.Period).ToList());
    }

    private static List<double> Rates(IEnumerable<KpiRow> rows) => rows.Where(r => r.Rate is not null).Select(r => r.Rate!.Value).ToList();

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
