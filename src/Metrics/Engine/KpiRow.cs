using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Engine;

/// <summary>One row of kpi_monthly (and, for the stratum <c>all</c>, of kpis.csv).</summary>
/// <param name="MeasureId">The measure.</param>
/// <param name="ClinicId">A clinic id, or <c>ALL</c> for the network (each unit once; see <see cref="KpiAggregator"/>).</param>
/// <param name="Period">The month.</param>
/// <param name="Stratum"><c>all</c>, or age_band, sex, race, ethnicity, language, payer.</param>
/// <param name="StratumValue">The stratum's value (<c>all</c> for the whole population).</param>
/// <param name="Numerator">The sum of the units' numerator values.</param>
/// <param name="Denominator">The number of units in the denominator.</param>
/// <param name="Pending">Whether any unit is pending.</param>
/// <param name="MedianDays">The median of the units' days (days to engagement), or null.</param>
public sealed record KpiRow(string MeasureId, string ClinicId, Month Period, string Stratum, string StratumValue, double Numerator, long Denominator, bool Pending, double? MedianDays)
{
    /// <summary>The network's clinic id.</summary>
    public const string Network = "ALL";

    /// <summary>The stratum of the whole population.</summary>
    public const string AllStratum = "all";

    /// <summary>numerator / denominator, or null when the denominator is 0.</summary>
    public double? Rate => Denominator == 0 ? null : Numerator / Denominator;

    /// <summary><c>pending</c> or <c>final</c>.</summary>
    public string Status => Pending ? "pending" : "final";
}
