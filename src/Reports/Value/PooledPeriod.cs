using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Value;

/// <summary>The final months of one side of go-live, pooled: their numerators and denominators added up.</summary>
/// <param name="Months">The months pooled, in order.</param>
/// <param name="Numerator">The sum of the numerators.</param>
/// <param name="Denominator">The sum of the denominators.</param>
/// <param name="Cells">Where the sums are in the suppression table.</param>
internal sealed record PooledPeriod(IReadOnlyList<Month> Months, double Numerator, long Denominator, Counts Cells)
{
    /// <summary>"2024-01 to 2024-06 (6 months)", or "none".</summary>
    public string Describe() => Months.Count == 0
        ? "none"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Months[0]} to {Months[^1]} ({Months.Count} months)");
}
