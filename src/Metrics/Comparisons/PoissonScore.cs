namespace QiPipeline.Metrics.Comparisons;

/// <summary>
/// The score interval for a Poisson rate (the Poisson analogue of Wilson's interval): the rates λ with
/// (x − λT)² / (λT) ≤ z², that is (x + z²/2 ± z·sqrt(x + z²/4)) / T. Unlike the Wald interval it stays above 0
/// and keeps a width at x = 0, and unlike the exact interval it accepts the fractional counts of weighted
/// events (avoidable ED visits).
/// </summary>
public static class PoissonScore
{
    /// <summary>The 95% interval of <paramref name="events"/> / <paramref name="exposure"/>.</summary>
    /// <param name="events">The count of events, 0 or more (fractional for weighted events).</param>
    /// <param name="exposure">The exposure, positive (patient-months).</param>
    /// <exception cref="ArgumentOutOfRangeException">The counts do not make a rate.</exception>
    public static Interval Interval(double events, double exposure)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        if (!double.IsFinite(exposure) || exposure <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(exposure), exposure, "the exposure must be a positive number");
        }

        const double z2 = Wilson.Z95 * Wilson.Z95;
        var centre = events + (z2 / 2);
        var halfWidth = Wilson.Z95 * Math.Sqrt(events + (z2 / 4));

        // At no events the lower limit is exactly 0; clamp the rounding error of the subtraction.
        return new Interval(events / exposure, Math.Max(0, centre - halfWidth) / exposure, (centre + halfWidth) / exposure);
    }
}
