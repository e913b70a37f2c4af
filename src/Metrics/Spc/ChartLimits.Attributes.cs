namespace QiPipeline.Metrics.Spc;

internal static partial class ChartLimits
{
    /// <summary>p chart: p̄ = Σ events / Σ denominators; p̄ ± 3 · sqrt(p̄(1 - p̄) / n_i), clipped to [0, 1].</summary>
    private static PartLimits ProportionChart(PartData part)
    {
        var centre = PooledRate(part);
        return new PartLimits(centre, ProportionSigmas(part).Select(s => PartData.Limits(centre, s, 0, 1)).ToList());
    }

    /// <summary>u chart: ū = Σ events / Σ denominators; ū ± 3 · sqrt(ū / n_i), floored at 0.</summary>
    private static PartLimits RateChart(PartData part)
    {
        var centre = PooledRate(part);
        return new PartLimits(centre, RateSigmas(part).Select(s => PartData.Limits(centre, s, 0)).ToList());
    }

    /// <summary>c chart: c̄ = mean count; c̄ ± 3 · sqrt(c̄), floored at 0.</summary>
    private static PartLimits CountChart(PartData part)
    {
        var centre = CentreLine.Mean(part.BaselineIndices.Select(i => part.Observations[i].Value).ToList());
        return part.Uniform(centre, Math.Sqrt(centre), floor: 0);
    }

    /// <summary>Each point's binomial sigma around the part's pooled proportion.</summary>
    private static List<double> ProportionSigmas(PartData part)
    {
        var centre = PooledRate(part);
        return part.Indices.Select(i => Math.Sqrt(centre * (1 - centre) / part.Observations[i].Denominator)).ToList();
    }

    /// <summary>Each point's Poisson sigma around the part's pooled rate.</summary>
    private static List<double> RateSigmas(PartData part)
    {
        var centre = PooledRate(part);
        return part.Indices.Select(i => Math.Sqrt(centre / part.Observations[i].Denominator)).ToList();
    }

    /// <summary>Events over denominators of the baseline: a weighted mean, not the mean of the proportions.</summary>
    private static double PooledRate(PartData part)
    {
        var baseline = part.BaselineIndices.Select(i => part.Observations[i]).ToList();
        return CentreLine.Sum(baseline.Select(o => o.Value)) / CentreLine.Sum(baseline.Select(o => o.Denominator));
    }
}
