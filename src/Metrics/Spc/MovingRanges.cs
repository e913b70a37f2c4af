namespace QiPipeline.Metrics.Spc;

/// <summary>Moving ranges of consecutive points, the sigma estimate of I, MR and Laney charts.</summary>
internal static class MovingRanges
{
    /// <summary>d2 for ranges of two: sigma = mean moving range / 1.128.</summary>
    public const double D2 = 1.128;

    /// <summary>D4 for ranges of two: the moving range chart's upper limit, and the screening threshold.</summary>
    public const double D4 = 3.267;

    /// <summary>
    /// The mean of |v[i] - v[i - 1]| over neighbours in [first, last] that are both used; a point left out
    /// removes the two ranges it takes part in, as qicharts2 and NHSRplotthedots do. With screening,
    /// ranges of D4 × the mean or more are dropped and the mean taken again (once). NaN without a pair.
    /// </summary>
    public static double Mean(IReadOnlyList<double> values, bool[] use, int first, int last, bool screen)
    {
        var ranges = new List<double>();
        for (var i = first + 1; i <= last; i++)
        {
            if (use[i] && use[i - 1])
            {
                ranges.Add(Math.Abs(values[i] - values[i - 1]));
            }
        }

        if (ranges.Count == 0)
        {
            return double.NaN;
        }

        var mean = CentreLine.Mean(ranges);
        if (!screen)
        {
            return mean;
        }

        var kept = ranges.Where(r => r < D4 * mean).ToList();
        return kept.Count == 0 ? mean : CentreLine.Mean(kept);
    }
}
