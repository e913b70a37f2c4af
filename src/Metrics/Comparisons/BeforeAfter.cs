namespace QiPipeline.Metrics.Comparisons;

/// <summary>A clinic's proportion before and after a change (go-live): the change with its Newcombe interval.</summary>
/// <param name="Before">The proportion before.</param>
/// <param name="After">The proportion after.</param>
/// <param name="BeforeInterval">Wilson interval of <paramref name="Before"/>.</param>
/// <param name="AfterInterval">Wilson interval of <paramref name="After"/>.</param>
/// <param name="Change">after - before, with Newcombe's interval.</param>
/// <param name="Warnings">Small samples, in words for the report.</param>
public sealed record BeforeAfter(
    Proportion Before,
    Proportion After,
    Interval BeforeInterval,
    Interval AfterInterval,
    Interval Change,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Compares after with before.</summary>
    public static BeforeAfter Compare(Proportion before, Proportion after) => new(
        before,
        after,
        Wilson.Score(before),
        Wilson.Score(after),
        Newcombe.Difference(after, before),
        [.. SmallSample.Check("before", before), .. SmallSample.Check("after", after)]);
}
