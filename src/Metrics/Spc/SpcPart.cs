namespace QiPipeline.Metrics.Spc;

/// <summary>One part of a chart: its points and its runs analysis.</summary>
/// <param name="Number">1-based.</param>
/// <param name="First">Index of its first point, 0-based.</param>
/// <param name="Last">Index of its last point, 0-based, inclusive.</param>
/// <param name="Runs">The Anhøj rules for the part; null on moving range charts, whose points are correlated.</param>
public sealed record SpcPart(int Number, int First, int Last, RunsAnalysis? Runs);
