namespace QiPipeline.Metrics.Spc;

/// <summary>
/// The phases of a chart. Counts (<see cref="FreezeAfter"/>, <see cref="BreaksAfter"/>) read the same
/// whether one counts from 0 or 1; <see cref="Excluded"/> holds 0-based indices.
/// </summary>
public sealed record SpcOptions
{
    /// <summary>No phases: one part, every point in the centre line and limits.</summary>
    public static SpcOptions None { get; } = new();

    /// <summary>
    /// Freeze: the first N points define the centre line and limits; later points are judged against
    /// them (a baseline before a change). Cannot be combined with <see cref="BreaksAfter"/>.
    /// </summary>
    public int? FreezeAfter { get; init; }

    /// <summary>
    /// Parts: a new part starts after each of these point counts (ascending); centre line, limits and
    /// runs analysis are computed per part (a go-live, a PDSA cycle).
    /// </summary>
    public IReadOnlyList<int> BreaksAfter { get; init; } = [];

    /// <summary>
    /// Points (0-based) left out of the centre line, limits and runs analysis: still plotted and still
    /// flagged when beyond a limit (a known data problem, a week the clinic was closed).
    /// </summary>
    public IReadOnlyCollection<int> Excluded { get; init; } = [];

    /// <summary>
    /// Screen moving ranges (I, MR, p′, u′ charts): drop moving ranges of 3.267 × the mean moving range
    /// or more before estimating sigma, as qicharts2 and NHS Making Data Count do by default.
    /// </summary>
    public bool ScreenMovingRanges { get; init; }
}
