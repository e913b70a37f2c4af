namespace QiPipeline.Metrics.Spc;

/// <summary>
/// The Anhøj rules for one part: unusually long runs or unusually few crossings of the centre line
/// among the useful observations (included points not on the centre line).
/// </summary>
/// <param name="UsefulObservations">Included points not on the centre line.</param>
/// <param name="LongestRun">The longest run of useful observations on one side of the centre line.</param>
/// <param name="LongestRunLimit">round(log2(n) + 3); a longer run is a signal. Null when there is no useful observation.</param>
/// <param name="Crossings">How often consecutive useful observations are on opposite sides.</param>
/// <param name="CrossingsLimit">The 5th percentile of Binomial(n - 1, 0.5); fewer crossings is a signal. Null when there is no useful observation.</param>
public sealed record RunsAnalysis(int UsefulObservations, int LongestRun, int? LongestRunLimit, int Crossings, int? CrossingsLimit)
{
    /// <summary>The part shows non-random variation: a run longer than its limit, or fewer crossings than theirs.</summary>
    public bool Signal => LongestRun > LongestRunLimit || Crossings < CrossingsLimit;
}
