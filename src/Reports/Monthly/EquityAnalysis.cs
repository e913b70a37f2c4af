using QiPipeline.Metrics.Comparisons;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Spc;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Monthly;

/// <summary>
/// The equity comparisons: per measure, clinic (and the network), stratum and value, the final months of the
/// 12 ending with the report month summed, against the rest of the stratum. A month is final for a measure at
/// a clinic when none of its rows is pending (a pending month's rate will still rise, and would rise unevenly
/// across strata). Proportions get Wilson intervals and Newcombe's difference, ED rates the Poisson score
/// interval and the rate ratio (fractional avoidable-visit weights rounded to whole events for the ratio, as
/// the value workbook does).
/// </summary>
internal static class EquityAnalysis
{
    /// <summary>Months summed, ending with the report month.</summary>
    public const int WindowMonths = 12;

    /// <summary>The strata in the order the issue names them; any other stratum follows, by name.</summary>
    public static readonly IReadOnlyList<string> StrataOrder = ["age_band", "sex", "race", "ethnicity", "language", "payer"];

    /// <summary>Compares every stratum value with its rest.</summary>
    /// <param name="month">The report month, the last of the window.</param>
    /// <param name="rows">The kpi rows of a measure run, every stratum.</param>
    /// <param name="clinicOrder">The clinic ids in report order (the network last).</param>
    public static EquityResult Analyse(Month month, IReadOnlyList<KpiRow> rows, IReadOnlyList<string> clinicOrder)
    {
        var first = month.Plus(-(WindowMonths - 1));
        var inWindow = rows.Where(r => r.Period >= first && r.Period <= month).ToList();
        var result = new List<EquityRow>();
        var skipped = new List<string>();
        foreach (var measureRows in inWindow.GroupBy(r => r.MeasureId, StringComparer.Ordinal))
        {
            var measure = MeasureDisplay.For(measureRows.Key);
            var strata = measureRows.Where(r => r.Stratum != KpiRow.AllStratum).ToList();
            if (!measure.IsRate && !strata.All(IsProportion))
            {
                skipped.Add(measure.MeasureId);
                continue;
            }

            foreach (var clinic in clinicOrder)
            {
                var atClinic = measureRows.Where(r => r.ClinicId == clinic).ToList();
                var pending = atClinic.Where(r => r.Pending).Select(r => r.Period).ToHashSet();
                result.AddRange(Compare(measure, clinic, strata.Where(r => r.ClinicId == clinic && !pending.Contains(r.Period))));
            }
        }

        return new EquityResult(first, month, result, skipped);
    }

    private static bool IsProportion(KpiRow row) => row.Numerator == Math.Floor(row.Numerator) && row.Numerator <= row.Denominator;

    private static IEnumerable<EquityRow> Compare(MeasureDisplay measure, string clinic, IEnumerable<KpiRow> rows)
    {
        var byStratum = rows.GroupBy(r => r.Stratum, StringComparer.Ordinal)
            .OrderBy(g => StrataOrder.Contains(g.Key) ? StrataOrder.ToList().IndexOf(g.Key) : StrataOrder.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var stratum in byStratum)
        {
            var values = stratum.GroupBy(r => r.StratumValue, StringComparer.Ordinal)
                .Select(v => (Value: v.Key, Numerator: v.Sum(r => r.Numerator), Denominator: v.Sum(r => r.Denominator)))
                .Where(v => v.Denominator > 0)
                .OrderBy(v => v.Value, StringComparer.Ordinal)
                .ToList();
            var numerator = values.Sum(v => v.Numerator);
            var denominator = values.Sum(v => v.Denominator);
            foreach (var (value, n, d) in values)
            {
                yield return Row(measure, clinic, stratum.Key, value, (n, d), (numerator - n, denominator - d));
            }
        }
    }

    private static EquityRow Row(MeasureDisplay measure, string clinic, string stratum, string value, (double N, long D) own, (double N, long D) rest)
    {
        Interval rate;
        Interval? comparison = null;
        if (measure.IsRate)
        {
            rate = PoissonScore.Interval(own.N, own.D);
            if (rest.D > 0)
            {
                comparison = RateComparison.Compare(new Rate(Events(own.N), own.D), new Rate(Events(rest.N), rest.D)).Ratio;
            }
        }
        else
        {
            var proportion = new Proportion(Count(own.N), Count(own.D));
            rate = Wilson.Score(proportion);
            if (rest.D > 0)
            {
                comparison = Newcombe.Difference(proportion, new Proportion(Count(rest.N), Count(rest.D)));
            }
        }

        return new EquityRow(measure, clinic, stratum, value, own.N, own.D, rate, rest.N, rest.D, comparison, FlagOf(measure, comparison));
    }

    /// <summary>Beyond chance when the interval excludes no difference (0 for a difference, 1 for a ratio).</summary>
    private static EquityFlag FlagOf(MeasureDisplay measure, Interval? comparison)
    {
        if (comparison is not { } c || measure.Direction == ImprovementDirection.Neutral)
        {
            return EquityFlag.None;
        }

        var none = measure.IsRate ? 1 : 0;
        var above = c.Lower > none;
        var below = c.Upper < none;
        if (!above && !below)
        {
            return EquityFlag.None;
        }

        var higherIsBetter = measure.Direction == ImprovementDirection.Increase;
        return above == higherIsBetter ? EquityFlag.Better : EquityFlag.Worse;
    }

    private static long Events(double numerator) => (long)Math.Round(numerator);

    private static int Count(double value) => checked((int)Math.Round(value));
}
