namespace QiPipeline.Metrics.Spc;

/// <summary>A computed chart: every point with its centre line, limits and signals, and its parts.</summary>
/// <param name="Type">The chart.</param>
/// <param name="Points">One per observation, in order.</param>
/// <param name="Parts">At least one.</param>
public sealed record SpcChart(ChartType Type, IReadOnlyList<SpcPoint> Points, IReadOnlyList<SpcPart> Parts)
{
    /// <summary>Any point beyond its limits, or any part with a runs signal.</summary>
    public bool HasSignal => Points.Any(p => p.SigmaSignal) || Parts.Any(p => p.Runs?.Signal == true);
}
