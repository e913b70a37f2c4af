using QiPipeline.Metrics.Comparisons;

namespace QiPipeline.Reports.Value;

/// <summary>
/// After against before: for a proportion the difference with Newcombe's interval (via
/// <see cref="BeforeAfter"/>), for an ED rate the rate ratio with its log-scale interval
/// (<see cref="RateComparison"/>). Fractional numerators (avoidable-visit weights) are rounded to whole
/// events for the interval.
/// </summary>
/// <param name="Change">The estimate with its 95% interval.</param>
/// <param name="Kind">What the change is, in words.</param>
/// <param name="Format">The Excel number format of the change (percentage points hold points: the change times 100).</param>
internal sealed record HeadlineChange(Interval Change, string Kind, string Format)
{
    public static HeadlineChange? Of(HeadlineRow row)
    {
        if (row.Before.Denominator == 0 || row.After.Denominator == 0)
        {
            return null;
        }

        if (row.Measure.IsRate)
        {
            var comparison = RateComparison.Compare(
                new Rate((long)Math.Round(row.After.Numerator), row.After.Denominator),
                new Rate((long)Math.Round(row.Before.Numerator), row.Before.Denominator));
            return new HeadlineChange(comparison.Ratio, "rate ratio, after / before", "0.00");
        }

        var result = BeforeAfter.Compare(Proportion(row.Before), Proportion(row.After));
        return new HeadlineChange(result.Change, "difference, after - before (percentage points)", CellFormats.PercentagePoints);
    }

    private static Proportion Proportion(PooledPeriod period) =>
        new(checked((int)Math.Round(period.Numerator)), checked((int)period.Denominator));
}
