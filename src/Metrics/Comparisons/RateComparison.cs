namespace QiPipeline.Metrics.Comparisons;

/// <summary>
/// Two rates compared as a ratio, with the log-scale interval for Poisson counts:
/// exp(ln(RR) ± 1.96 · sqrt(1/events_a + 1/events_b)) (Rothman, Greenland &amp; Lash, Modern Epidemiology).
/// With no events in a group the ratio is 0 or infinite and the interval is not defined: the limits are
/// NaN and a warning says so.
/// </summary>
/// <param name="A">The rate compared (after, or the pilot).</param>
/// <param name="B">The reference rate (before, or the comparison).</param>
/// <param name="Ratio">A / B with its 95% interval.</param>
/// <param name="Warnings">No or few events, in words for the report.</param>
public sealed record RateComparison(Rate A, Rate B, Interval Ratio, IReadOnlyList<string> Warnings)
{
    /// <summary>Compares <paramref name="a"/> with <paramref name="b"/>.</summary>
    public static RateComparison Compare(Rate a, Rate b)
    {
        var ratio = a.Value / b.Value;
        var interval = new Interval(ratio, double.NaN, double.NaN);
        if (a.Events > 0 && b.Events > 0)
        {
            var spread = Wilson.Z95 * Math.Sqrt((1.0 / a.Events) + (1.0 / b.Events));
            interval = new Interval(ratio, ratio * Math.Exp(-spread), ratio * Math.Exp(spread));
        }

        return new RateComparison(a, b, interval, [.. SmallSample.Check("a", a), .. SmallSample.Check("b", b)]);
    }
}
