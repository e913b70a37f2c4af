namespace QiPipeline.Metrics.Spc;

/// <summary>A point's sigma and 3-sigma limits (after clipping); nulls where the chart has none.</summary>
internal readonly record struct PointLimits(double? Sigma, double? Lower, double? Upper)
{
    public static PointLimits None { get; } = new(null, null, null);
}
