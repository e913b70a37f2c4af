using System.Globalization;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Value;

/// <summary>
/// One side of go-live: a fixed run of months anchored on the go-live month, and the final ones among them
/// pooled (their numerators and denominators added up). It is shown only when every month is in the run and
/// final, so a period's counts are the same in every release that shows them.
/// </summary>
/// <param name="Months">The months of the period, in order (fixed by the go-live date).</param>
/// <param name="Final">How many of them are in the run and final.</param>
/// <param name="Numerator">The sum of the final months' numerators.</param>
/// <param name="Denominator">The sum of the final months' denominators.</param>
/// <param name="Cells">Where the sums are in the suppression table.</param>
internal sealed record PooledPeriod(IReadOnlyList<Month> Months, int Final, double Numerator, long Denominator, Counts Cells)
{
    /// <summary>Every month of the period is in the run and final.</summary>
    public bool Complete => Months.Count > 0 && Final == Months.Count;

    /// <summary>"2024-01 to 2024-06 (6 months)", or the same with "not complete: 3 of 6 months final in this run".</summary>
    public string Describe() => Months.Count == 0
        ? "none"
        : Complete
            ? string.Create(CultureInfo.InvariantCulture, $"{Months[0]} to {Months[^1]} ({Months.Count} months)")
            : string.Create(CultureInfo.InvariantCulture, $"{Months[0]} to {Months[^1]} (not complete: {Final} of {Months.Count} months final in this run)");
}
