namespace QiPipeline.Metrics.Comparisons;

/// <summary>An estimate with its 95% confidence interval.</summary>
/// <param name="Estimate">The point estimate.</param>
/// <param name="Lower">The lower limit (NaN when the interval is not defined, with a warning saying why).</param>
/// <param name="Upper">The upper limit (NaN or infinity when not defined, with a warning saying why).</param>
public readonly record struct Interval(double Estimate, double Lower, double Upper)
{
    /// <summary>The interval excludes <paramref name="value"/> (0 for a difference, 1 for a ratio).</summary>
    public bool Excludes(double value) => Lower > value || Upper < value;
}
