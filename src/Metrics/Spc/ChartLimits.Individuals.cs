namespace QiPipeline.Metrics.Spc;

internal static partial class ChartLimits
{
    /// <summary>I chart: mean ± 3 · (mean moving range / 1.128).</summary>
    private static PartLimits Individuals(PartData part)
    {
        var centre = CentreLine.Mean(part.BaselineIndices.Select(i => part.Values[i]).ToList());
        var movingRange = MeanMovingRange(part);
        return part.Uniform(centre, movingRange / MovingRanges.D2);
    }

    /// <summary>
    /// MR chart: centre = mean moving range, upper limit = 3.267 × it, no lower limit (qicharts2). Sigma is
    /// the upper limit's distance from the centre over 3, so the limit still reads as centre + 3 sigma.
    /// </summary>
    private static PartLimits MovingRange(PartData part)
    {
        var centre = MeanMovingRange(part);
        var limits = double.IsNaN(centre)
            ? PointLimits.None
            : new PointLimits((MovingRanges.D4 - 1) * centre / 3, null, MovingRanges.D4 * centre);
        return new PartLimits(centre, part.Indices.Select(_ => limits).ToList());
    }

    /// <summary>The moving ranges of the measured values (not of the MR chart's plotted ranges).</summary>
    private static double MeanMovingRange(PartData part) =>
        MovingRanges.Mean(part.Observations.Select(o => o.Value).ToList(), part.Baseline, part.First, part.Last, part.Screen);
}
