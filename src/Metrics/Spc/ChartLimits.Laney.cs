namespace QiPipeline.Metrics.Spc;

internal static partial class ChartLimits
{
    /// <summary>
    /// Laney p′ and u′ charts (Laney 2002, Quality Engineering 14(4): 531-537): z_i = (x_i - centre) / sigma_i,
    /// sigma_z = mean moving range of the baseline z / 1.128, limits centre ± 3 · sigma_i · sigma_z. With large
    /// denominators sigma_i shrinks towards 0 and an ordinary p or u chart flags almost every point;
    /// sigma_z puts back the variation between points that the binomial or Poisson model leaves out.
    /// </summary>
    private static PartLimits Laney(PartData part, List<double> sigmas, double? ceiling)
    {
        var centre = PooledRate(part);
        var z = new double[part.Observations.Count];
        foreach (var i in part.Indices)
        {
            var sigma = sigmas[i - part.First];

            // p̄ of 0 or 1 leaves no binomial variation: every point sits on the centre line.
            z[i] = sigma > 0 ? (part.Values[i] - centre) / sigma : 0;
        }

        var sigmaZ = MovingRanges.Mean(z, part.Baseline, part.First, part.Last, part.Screen) / MovingRanges.D2;
        return new PartLimits(centre, sigmas.Select(s => PartData.Limits(centre, s * sigmaZ, 0, ceiling)).ToList());
    }
}
