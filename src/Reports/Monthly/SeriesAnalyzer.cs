using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Spc;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Monthly;

/// <summary>
/// Chooses and computes the chart of one series as docs/spc.md says: a run chart under 12 points (in the
/// series or in its current part), else a u chart for ED rates, a Laney p′ chart for proportions whose
/// average denominator is 1,000 or more, a p chart otherwise. A series whose median monthly denominator is
/// below the low-volume threshold is charted by calendar quarter. The go-live starts a new part, after the
/// ramp-up months, which are plotted but kept out of both parts. Pending points are plotted but left out of
/// the centre line and limits: their rates will still rise.
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
    /// <param name="minMonthlyDenominator">Below this median monthly denominator the series is charted by quarter.</param>
    public static ClinicSeries Analyse(
        MeasureDisplay measure, ReportClinic clinic, IReadOnlyList<KpiRow> rows, double? target = null, int minMonthlyDenominator = MonthlyOptions.DefaultMinMonthlyDenominator)
    {
        var months = rows.OrderBy(r => r.Period).ToList();
        var median = MedianDenominator(months);
        var quarterly = median is { } m && m < minMonthlyDenominator;
        var ordered = quarterly ? Quarters(months) : months;
        var phases = ordered.Select(r => quarterly ? QuarterPhase(clinic, r.Period) : MonthPhase(clinic, r.Period)).ToList();
        var pointOfRow = new int?[ordered.Count];
        var points = new List<KpiRow>();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Denominator > 0 && phases[i] != SeriesPhase.Ramp)
            {
                pointOfRow[i] = points.Count;
                points.Add(ordered[i]);
            }
        }

        var series = new ClinicSeries(measure, clinic, ordered, null, null, pointOfRow, target)
        {
            Months = months,
            Phases = phases,
            Quarterly = quarterly,
            MedianMonthlyDenominator = median ?? 0,
        };
        if (points.Count == 0)
        {
            return series;
        }

        var breakAfter = Enumerable.Range(0, ordered.Count).Count(i => pointOfRow[i] is not null && phases[i] == SeriesPhase.Before);
        var breaks = breakAfter > 0 && breakAfter < points.Count ? new[] { breakAfter } : [];
        var currentPart = points.Count - (breaks.Length == 0 ? 0 : breakAfter);
        var type = ChooseChart(measure, points, currentPart);
        var options = new SpcOptions { BreaksAfter = breaks, Excluded = PendingToExclude(points, breaks) };
        var chart = SpcCalculator.Compute(type, Observations(type, points), options);
        return series with { Chart = chart, Mdc = MakingDataCount.Evaluate(chart, measure.Direction, target) };
    }

    /// <summary>The median monthly denominator from the first month with one (months before a measure starts are not low volume), or null.</summary>
    private static double? MedianDenominator(List<KpiRow> months)
    {
        var first = months.FindIndex(r => r.Denominator > 0);
        if (first < 0)
        {
            return null;
        }

        var sorted = months.Skip(first).Select(r => (double)r.Denominator).Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>
    /// Calendar quarters, each at its first month: numerators and denominators summed. A quarter is pending
    /// when a month of it is, and so is a last quarter the data has not finished.
    /// </summary>
    private static List<KpiRow> Quarters(List<KpiRow> months)
    {
        var groups = months.GroupBy(r => QuarterStart(r.Period)).OrderBy(g => g.Key).ToList();
        return groups.Select((g, i) => g.First() with
        {
            Period = g.Key,
            Numerator = g.Sum(r => r.Numerator),
            Denominator = g.Sum(r => r.Denominator),
            Pending = g.Any(r => r.Pending) || (i == groups.Count - 1 && g.Count() < 3),
            MedianDays = null,
        }).ToList();
    }

    private static Month QuarterStart(Month month) => new(month.Start.Year, (((month.Start.Month - 1) / 3) * 3) + 1);

    private static SeriesPhase MonthPhase(ReportClinic clinic, Month month)
    {
        if (clinic.GoLive is not { } goLive)
        {
            return SeriesPhase.None;
        }

        var start = Month.Of(goLive);
        return month < start ? SeriesPhase.Before : month < start.Plus(Math.Max(0, clinic.RampMonths)) ? SeriesPhase.Ramp : SeriesPhase.After;
    }

    /// <summary>A quarter wholly before go-live or wholly after the ramp is in that phase; one that touches either edge is ramp.</summary>
    private static SeriesPhase QuarterPhase(ReportClinic clinic, Month quarter)
    {
        var phases = Enumerable.Range(0, 3).Select(i => MonthPhase(clinic, quarter.Plus(i))).Distinct().ToList();
        return phases.Count == 1 ? phases[0] : SeriesPhase.Ramp;
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
