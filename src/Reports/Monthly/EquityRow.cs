using QiPipeline.Metrics.Comparisons;

namespace QiPipeline.Reports.Monthly;

/// <summary>One stratum value of one measure at one clinic (or the network), summed over the equity window.</summary>
/// <param name="Measure">How the measure is shown.</param>
/// <param name="ClinicId">The clinic, or <c>ALL</c>.</param>
/// <param name="Stratum">age_band, sex, race, ethnicity, language or payer.</param>
/// <param name="Value">The stratum's value.</param>
/// <param name="Numerator">The summed numerator.</param>
/// <param name="Denominator">The summed denominator (positive).</param>
/// <param name="Rate">The rate with its 95% interval: Wilson for proportions, Poisson score for ED rates.</param>
/// <param name="RestNumerator">The summed numerator of every other value of the stratum.</param>
/// <param name="RestDenominator">Their summed denominator (0 when the value is the only one).</param>
/// <param name="Comparison">
/// The value against the rest: the difference with Newcombe's interval for proportions, the rate ratio with its
/// log-scale interval for ED rates; null when there is no rest.
/// </param>
/// <param name="Flag">Whether the comparison is beyond chance, and on which side.</param>
internal sealed record EquityRow(
    MeasureDisplay Measure,
    string ClinicId,
    string Stratum,
    string Value,
    double Numerator,
    long Denominator,
    Interval Rate,
    double RestNumerator,
    long RestDenominator,
    Interval? Comparison,
    EquityFlag Flag)
{
    /// <summary>The rest's rate, or null when there is no rest.</summary>
    public double? RestRate => RestDenominator == 0 ? null : RestNumerator / RestDenominator;
}
