using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Spc;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Monthly;

/// <summary>
/// Chooses and computes the chart of one series as docs/spc.md says: a run chart under 12 points (in the
/// series or in its current part), else a u chart for ED rates, a Laney p′ chart for proportions whose
/// average denominator is 1,000 or more, a p chart otherwise. The go-live starts a new part. Pending months
/// are plotted but left out of the centre line and limits: their rates will still rise.
/// </summary>
internal static class SeriesAnalyzer
{
    /// <summary>Fewer points than this (in the series or its current part) get a run chart.</summary>
    public const int MinControlChartPoints = 12;

    /// <summary>From this average denominator on, proportions get Laney's p′ chart.</summary>
    public const double LaneyDenominator = 1000;

    /// <summary>Computes the chart of one series and reads it the Making Data Count way.</summary>
    /// <param name="measure">How the measure is shown.</param>
    /// <param name="clinic">The clinic, or the network.</param>
    /// <param name="rows">The months of the series.</param>
    /// <param name="target">The measure's target, for the assurance icon; null for none.</param>
    public static ClinicSeries Analyse(MeasureDisplay measure, ReportClinic clinic, IReadOnlyList<KpiRow> rows, double? target = null)
    {
        var ordered = rows.OrderBy(r => r.Period).ToList();
        var pointOfRow = new int?[ordered.Count];
        var points = new List<KpiRow>();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Denominator > 0)
            {
                pointOfRow[i] = points.Count;
                points.Add(ordered[i]);
            }
        }

        if (points.Count == 0)
        {
            return new ClinicSeries(measure, clinic, ordered, null, null, pointOfRow, target);
        }

        var breakAfter = clinic.GoLive is { } goLive ? points.Count(p => p.Period < Month.Of(goLive)) : 0;
        var breaks = breakAfter > 0 && breakAfter < points.Count ? new[] { breakAfter } : [];
        var currentPart = points.Count - (breaks.Length == 0 ? 0 : breakAfter);
        var type = ChooseChart(measure, points, currentPart);
        var options = new SpcOptions { BreaksAfter = breaks, Excluded = PendingToExclude(points, breaks) };
        var chart = SpcCalculator.Compute(type, Observations(type, points), options);
        return new ClinicSeries(measure, clinic, ordered, chart, MakingDataCount.Evaluate(chart, measure.Direction, target), pointOfRow, target);
    }

    private static ChartType ChooseChart(MeasureDisplay measure, List<KpiRow> points, int currentPart)
    {
        if (points.Count < MinControlChartPoints || currentPart < MinControlChartPoints)
        {
            return ChartType.Run;
        }

        if (measure.IsRate)
        {
            return ChartType.U;
        }

        return points.Average(p => p.Denominator) >= LaneyDenominator ? ChartType.PPrime : ChartType.P;
    }

    private static List<SpcObservation> Observations(ChartType type, List<KpiRow> points) =>
        type == ChartType.Run
            ? points.Select(p => new SpcObservation(p.Rate!.Value)).ToList()
            : points.Select(p => new SpcObservation(p.Numerator, p.Denominator)).ToList();

    /// <summary>The pending points, except in a part where they are all there is (a part needs a baseline).</summary>
    private static List<int> PendingToExclude(List<KpiRow> points, int[] breaks)
    {
        var bounds = new List<int> { 0 };
        bounds.AddRange(breaks);
        bounds.Add(points.Count);
        var excluded = new List<int>();
        for (var part = 0; part + 1 < bounds.Count; part++)
        {
            var indices = Enumerable.Range(bounds[part], bounds[part + 1] - bounds[part]).ToList();
            var pending = indices.Where(i => points[i].Pending).ToList();
            if (pending.Count < indices.Count)
            {
                excluded.AddRange(pending);
            }
        }

        return excluded;
    }
}
