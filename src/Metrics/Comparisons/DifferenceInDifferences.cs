namespace QiPipeline.Metrics.Comparisons;

/// <summary>
/// A pilot clinic's change set against a comparison clinic's change over the same period:
/// (pilot after - pilot before) - (comparison after - comparison before). The interval combines the two
/// Newcombe intervals by square-and-add (Newcombe 2001, Stat Med 20: 2885-2893). It assumes the four groups
/// of patients are independent; the same patients measured twice make it conservative.
/// </summary>
/// <param name="Pilot">The pilot clinic's before and after.</param>
/// <param name="Comparison">The comparison clinic's before and after.</param>
/// <param name="Effect">The difference in differences with its 95% interval.</param>
/// <param name="Warnings">Small samples in any of the four groups.</param>
public sealed record DifferenceInDifferences(BeforeAfter Pilot, BeforeAfter Comparison, Interval Effect, IReadOnlyList<string> Warnings)
{
    /// <summary>Compares the pilot's change with the comparison clinic's.</summary>
    public static DifferenceInDifferences Compare(Proportion pilotBefore, Proportion pilotAfter, Proportion comparisonBefore, Proportion comparisonAfter)
    {
        var pilot = BeforeAfter.Compare(pilotBefore, pilotAfter);
        var comparison = BeforeAfter.Compare(comparisonBefore, comparisonAfter);
        return new DifferenceInDifferences(
            pilot,
            comparison,
            Newcombe.SquareAndAdd(pilot.Change, comparison.Change),
            [.. pilot.Warnings.Select(w => "pilot " + w), .. comparison.Warnings.Select(w => "comparison " + w)]);
    }
}
