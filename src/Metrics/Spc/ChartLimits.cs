namespace QiPipeline.Metrics.Spc;

/// <summary>
/// Centre lines and limits, per chart, from the published formulas (Montgomery, Introduction to
/// Statistical Quality Control; Laney 2002; qicharts2's vignette, Appendix 1). One file per family.
/// </summary>
internal static partial class ChartLimits
{
    public static PartLimits Compute(ChartType type, PartData part) => type switch
    {
        ChartType.Run => RunChart(part),
        ChartType.Individuals => Individuals(part),
        ChartType.MovingRange => MovingRange(part),
        ChartType.P => ProportionChart(part),
        ChartType.U => RateChart(part),
        ChartType.C => CountChart(part),
        ChartType.PPrime => Laney(part, ProportionSigmas(part), ceiling: 1),
        ChartType.UPrime => Laney(part, RateSigmas(part), ceiling: null),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a chart"),
    };

    private static PartLimits RunChart(PartData part) =>
        new(CentreLine.Median(part.BaselineIndices.Select(i => part.Values[i]).ToList()), part.Indices.Select(_ => PointLimits.None).ToList());
}
