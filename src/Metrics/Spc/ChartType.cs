namespace QiPipeline.Metrics.Spc;

/// <summary>The charts the reports draw; formulas in <c>docs/spc.md</c>.</summary>
public enum ChartType
{
    /// <summary>Run chart: the values against their median, judged by the Anhøj rules only.</summary>
    Run,

    /// <summary>Individuals (I, XmR) chart: mean ± 3 sigma, sigma = mean moving range / 1.128.</summary>
    Individuals,

    /// <summary>Moving range chart of an individuals chart: mean moving range, upper limit 3.267 × it.</summary>
    MovingRange,

    /// <summary>p chart: proportion of events in a denominator, binomial limits clipped to [0, 1].</summary>
    P,

    /// <summary>u chart: events per unit of a denominator, Poisson limits floored at 0.</summary>
    U,

    /// <summary>c chart: event counts in equal opportunity, Poisson limits floored at 0.</summary>
    C,

    /// <summary>Laney p′ chart: p chart limits widened or narrowed by the variation between points (sigma z).</summary>
    PPrime,

    /// <summary>Laney u′ chart: u chart limits widened or narrowed by the variation between points (sigma z).</summary>
    UPrime,
}
