namespace QiPipeline.Metrics.Spc;

/// <summary>A part's centre line and each of its points' limits, in the part's order.</summary>
internal sealed record PartLimits(double Centre, IReadOnlyList<PointLimits> Points);
