using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Monthly;

/// <summary>The equity comparisons of a report month.</summary>
/// <param name="First">The first month of the window.</param>
/// <param name="Last">The last month of the window, the report month.</param>
/// <param name="Rows">One per measure, clinic, stratum and value, in report order.</param>
/// <param name="Skipped">The measures left out because they are not rates (counts or medians).</param>
internal sealed record EquityResult(Month First, Month Last, IReadOnlyList<EquityRow> Rows, IReadOnlyList<string> Skipped);
