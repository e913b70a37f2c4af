namespace QiPipeline.Metrics.Comparisons;

/// <summary>
/// The Wilson score interval for a proportion (Wilson 1927; method 3 of Newcombe 1998, Stat Med 17: 857-872),
/// without continuity correction: it stays inside [0, 1] and keeps its coverage for small samples and
/// proportions near 0 or 1, where the textbook p ± 1.96·SE does not.
/// </summary>
public static class Wilson
{
    /// <summary>The standard normal quantile for a two-sided 95% interval, qnorm(0.975).</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The 95% interval.</summary>
    public static Interval Score(Proportion proportion)
    {
        double n = proportion.Total;
        var p = proportion.Value;
        const double z2 = Z95 * Z95;
        var centre = (2 * n * p) + z2;
        var halfWidth = Z95 * Math.Sqrt(z2 + (4 * n * p * (1 - p)));
        var denominator = 2 * (n + z2);

        // At 0 or n events the limit is exactly 0 or 1; clamp the rounding error of the subtraction.
        return new Interval(p, Math.Max(0, (centre - halfWidth) / denominator), Math.Min(1, (centre + halfWidth) / denominator));
    }
}
