using QiPipeline.Metrics.Comparisons;

namespace QiPipeline.Reports.Pilot;

/// <summary>
/// The intervals of a <see cref="PilotRow"/>. A proportion: Wilson intervals of before and after, the
/// difference after - before with Newcombe's interval, and the difference in differences against the
/// comparison clinics. An ED rate: each rate with its log-scale Poisson interval, the rate ratio after /
/// before, and the ratio of the pilot's rate ratio to the comparison's. Fractional numerators (avoidable-visit
/// weights) are rounded to whole events for the intervals.
/// </summary>
/// <param name="Before">The before value with its interval, or null without data.</param>
/// <param name="After">The after value with its interval, or null without data.</param>
/// <param name="Change">The change with its interval, or null when either side has no data.</param>
/// <param name="Effect">The change against the comparison clinics', or null when they have no data on either side.</param>
/// <param name="Warnings">Small samples, in words.</param>
internal sealed record PilotEstimates(Interval? Before, Interval? After, Interval? Change, Interval? Effect, IReadOnlyList<string> Warnings)
{
    public static PilotEstimates Of(PilotRow row) => row.Measure.IsRate ? OfRate(row) : OfProportion(row);

    private static PilotEstimates OfProportion(PilotRow row)
    {
        Proportion? before = AsProportion(row.Before), after = AsProportion(row.After);
        if (before is not { } b || after is not { } a)
        {
            return new PilotEstimates(before.HasValue ? Wilson.Score(before.Value) : null, after.HasValue ? Wilson.Score(after.Value) : null, null, null, []);
        }

        var change = BeforeAfter.Compare(b, a);
        if (AsProportion(row.ComparisonBefore) is not { } cb || AsProportion(row.ComparisonAfter) is not { } ca)
        {
            return new PilotEstimates(change.BeforeInterval, change.AfterInterval, change.Change, null, change.Warnings);
        }

        var did = DifferenceInDifferences.Compare(b, a, cb, ca);
        return new PilotEstimates(change.BeforeInterval, change.AfterInterval, change.Change, did.Effect, did.Warnings);
    }

    private static PilotEstimates OfRate(PilotRow row)
    {
        Rate? before = AsRate(row.Before), after = AsRate(row.After);
        if (before is not { } b || after is not { } a)
        {
            return new PilotEstimates(RateInterval(before), RateInterval(after), null, null, []);
        }

        var change = RateComparison.Compare(a, b);
        var warnings = change.Warnings.Select(w => w.Replace("a has", "after has", StringComparison.Ordinal).Replace("b has", "before has", StringComparison.Ordinal)).ToList();
        if (AsRate(row.ComparisonBefore) is not { } cb || AsRate(row.ComparisonAfter) is not { } ca)
        {
            return new PilotEstimates(RateInterval(b), RateInterval(a), change.Ratio, null, warnings);
        }

        var did = RateDifferenceInDifferences.Compare(b, a, cb, ca);
        return new PilotEstimates(RateInterval(b), RateInterval(a), change.Ratio, did.Effect, warnings);
    }

    private static Proportion? AsProportion(PilotPeriod period) =>
        period.Denominator == 0 ? null : new Proportion(checked((int)Math.Round(period.Numerator)), checked((int)period.Denominator));

    private static Rate? AsRate(PilotPeriod period) =>
        period.Denominator == 0 ? null : new Rate((long)Math.Round(period.Numerator), period.Denominator);

    /// <summary>The Poisson score interval, the one the Equity sheet shows, so a rate reads the same in both workbooks.</summary>
    private static Interval? RateInterval(Rate? rate) => rate is { } r ? PoissonScore.Interval(r.Events, r.Exposure) : null;
}
