namespace QiPipeline.Metrics.Comparisons;

/// <summary>
/// The rate counterpart of <see cref="DifferenceInDifferences"/>: the pilot's after/before rate ratio
/// divided by the comparison's (a ratio of rate ratios), with the log-scale interval for four independent
/// Poisson counts: exp(ln(R) ± 1.96 · sqrt(1/a₁ + 1/b₁ + 1/a₂ + 1/b₂)) (Rothman, Greenland &amp; Lash,
/// Modern Epidemiology, the interaction contrast on the ratio scale). With no events in any group the
/// limits are NaN.
/// </summary>
/// <param name="Pilot">The pilot's after/before comparison.</param>
/// <param name="Comparison">The comparison clinics' after/before comparison.</param>
/// <param name="Effect">The ratio of the two rate ratios with its 95% interval; below 1 means the pilot's rate fell more.</param>
/// <param name="Warnings">No or few events in any of the four groups.</param>
public sealed record RateDifferenceInDifferences(RateComparison Pilot, RateComparison Comparison, Interval Effect, IReadOnlyList<string> Warnings)
{
    /// <summary>Compares the pilot's change in rate with the comparison clinics'.</summary>
    public static RateDifferenceInDifferences Compare(Rate pilotBefore, Rate pilotAfter, Rate comparisonBefore, Rate comparisonAfter)
    {
        var pilot = RateComparison.Compare(pilotAfter, pilotBefore);
        var comparison = RateComparison.Compare(comparisonAfter, comparisonBefore);
        var ratio = pilot.Ratio.Estimate / comparison.Ratio.Estimate;
        var effect = new Interval(ratio, double.NaN, double.NaN);
        Rate[] all = [pilotBefore, pilotAfter, comparisonBefore, comparisonAfter];
        if (all.All(r => r.Events > 0))
        {
            var spread = Wilson.Z95 * Math.Sqrt(all.Sum(r => 1.0 / r.Events));
            effect = new Interval(ratio, ratio * Math.Exp(-spread), ratio * Math.Exp(spread));
        }

        return new RateDifferenceInDifferences(
            pilot,
            comparison,
            effect,
            [.. pilot.Warnings.Select(w => "pilot " + w), .. comparison.Warnings.Select(w => "comparison " + w)]);
    }
}
