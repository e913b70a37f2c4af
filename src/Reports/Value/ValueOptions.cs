namespace QiPipeline.Reports.Value;

/// <summary>The settings of the value workbook.</summary>
/// <param name="MinCellSize">The smallest count shown (<c>reports.minCellSize</c>, 11 by default: 1 to 10 are suppressed).</param>
/// <param name="AvoidableEdVisitCost">The cost of one avoidable ED visit (<c>reports.avoidableEdVisitCost</c>); 0 shows no savings.</param>
/// <param name="CocmRates">The payment per unit of each CoCM code (<c>reports.cocmRates</c>); null or empty shows counts only.</param>
/// <param name="PeriodMonths">
/// The length of each side of go-live: "Before" is this many months before the go-live month, "After" this many
/// from it. Fixed, so that consecutive releases show the same periods (6 fits twice into the 24 months a run holds).
/// </param>
public sealed record ValueOptions(
    int MinCellSize = 11, decimal AvoidableEdVisitCost = 0, IReadOnlyDictionary<string, decimal>? CocmRates = null, int PeriodMonths = ValueOptions.DefaultPeriodMonths)
{
    /// <summary>Six months before go-live against six from it.</summary>
    public const int DefaultPeriodMonths = 6;
}
