namespace QiPipeline.Reports.Value;

/// <summary>The settings of the value workbook.</summary>
/// <param name="MinCellSize">The smallest count shown (<c>reports.minCellSize</c>, 11 by default: 1 to 10 are suppressed).</param>
/// <param name="AvoidableEdVisitCost">The cost of one avoidable ED visit (<c>reports.avoidableEdVisitCost</c>); 0 shows no savings.</param>
/// <param name="CocmRates">The payment per unit of each CoCM code (<c>reports.cocmRates</c>); null or empty shows counts only.</param>
public sealed record ValueOptions(int MinCellSize = 11, decimal AvoidableEdVisitCost = 0, IReadOnlyDictionary<string, decimal>? CocmRates = null);
