namespace QiPipeline.Metrics.Spc;

/// <summary>Where a point sits relative to a centre line, and the averages centre lines are made of.</summary>
internal static class CentreLine
{
    /// <summary>
    /// How close counts as on the line: a mean summed in another order can differ in the last bits, and a
    /// point that equals the centre line must not become a point above it.
    /// </summary>
    private const double RelativeTolerance = 1e-10;

    /// <summary>+1 above, -1 below, 0 on the line (or no value).</summary>
    public static int Side(double value, double centre)
    {
        if (double.IsNaN(value) || double.IsNaN(centre))
        {
            return 0;
        }

        var difference = value - centre;
        return Math.Abs(difference) <= RelativeTolerance * Math.Max(Math.Abs(value), Math.Abs(centre)) ? 0 : Math.Sign(difference);
    }

    /// <summary>The mean, summed with Neumaier's compensation so the order of the points does not change it.</summary>
    public static double Mean(IReadOnlyCollection<double> values) => Sum(values) / values.Count;

    /// <summary>Neumaier's compensated sum.</summary>
    public static double Sum(IEnumerable<double> values)
    {
        var sum = 0.0;
        var compensation = 0.0;
        foreach (var value in values)
        {
            var t = sum + value;
            compensation += Math.Abs(sum) >= Math.Abs(value) ? sum - t + value : value - t + sum;
            sum = t;
        }

        return sum + compensation;
    }

    /// <summary>The median: the middle value, or the mean of the two middle values.</summary>
    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
