namespace QiPipeline.Reports.Value;

/// <summary>The settings of the value workbook.</summary>
/// <param name="MinCellSize">The smallest count shown (<c>reports.minCellSize</c>, 11 by default: 1 to 10 are suppressed).</param>
/// <param name="AvoidableEdVisitCost">The cost of one avoidable ED visit (<c>reports.avoidableEdVisitCost</c>); 0 shows no savings.</param>
public sealed record ValueOptions(int MinCellSize = 11, decimal AvoidableEdVisitCost = 0);
