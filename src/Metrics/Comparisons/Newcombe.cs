namespace QiPipeline.Metrics.Comparisons;

/// <summary>
/// Newcombe's hybrid score interval for a difference of two independent proportions (method 10 of
/// Newcombe 1998, Stat Med 17: 873-890): each proportion's Wilson interval, combined by square-and-add.
/// It avoids the Wald interval's overshoot beyond ±1 and its zero width at 0/n.
/// </summary>
public static class Newcombe
{
    /// <summary>The 95% interval of <paramref name="a"/> - <paramref name="b"/>.</summary>
    public static Interval Difference(Proportion a, Proportion b)
    {
        // One division of whole numbers, so 56/70 - 48/80 is 0.2 and not 0.2 plus the rounding of two quotients.
        var difference = (((long)a.Events * b.Total) - ((long)b.Events * a.Total)) / ((double)a.Total * b.Total);
        return Combine(difference, Wilson.Score(a), Wilson.Score(b));
    }

    /// <summary>
    /// The interval of a difference of two independent estimates from their own intervals (the method of
    /// variance estimates recovery): the difference of differences uses it with Newcombe intervals
    /// (Newcombe 2001, Stat Med 20: 2885-2893).
    /// </summary>
    public static Interval SquareAndAdd(Interval a, Interval b) => Combine(a.Estimate - b.Estimate, a, b);

    private static Interval Combine(double difference, Interval a, Interval b)
    {
        var below = Math.Sqrt(Square(a.Estimate - a.Lower) + Square(b.Upper - b.Estimate));
        var above = Math.Sqrt(Square(a.Upper - a.Estimate) + Square(b.Estimate - b.Lower));
        return new Interval(difference, difference - below, difference + above);
    }

    private static double Square(double x) => x * x;
}
