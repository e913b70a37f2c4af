namespace QiPipeline.Metrics.Spc;

/// <summary>What a part's limits are computed from: its range, the plotted values and the observations.</summary>
/// <param name="Observations">The whole series as measured.</param>
/// <param name="Values">The whole series as plotted (proportions and rates already divided).</param>
/// <param name="Baseline">Which points define the centre line and limits.</param>
/// <param name="First">The part's first index.</param>
/// <param name="Last">The part's last index, inclusive.</param>
/// <param name="Screen">Screen moving ranges.</param>
internal sealed record PartData(
    IReadOnlyList<SpcObservation> Observations,
    IReadOnlyList<double> Values,
    bool[] Baseline,
    int First,
    int Last,
    bool Screen)
{
    public IEnumerable<int> Indices => Enumerable.Range(First, Last - First + 1);

    public IEnumerable<int> BaselineIndices => Indices.Where(i => Baseline[i]);

    public PartLimits Uniform(double centre, double sigma, double? floor = null, double? ceiling = null) =>
        new(centre, Indices.Select(_ => Limits(centre, sigma, floor, ceiling)).ToList());

    /// <summary>centre ± 3 sigma, clipped; no limits when sigma could not be estimated.</summary>
    public static PointLimits Limits(double centre, double sigma, double? floor = null, double? ceiling = null)
    {
        if (double.IsNaN(sigma))
        {
            return PointLimits.None;
        }

        var lower = centre - (3 * sigma);
        var upper = centre + (3 * sigma);
        return new PointLimits(
            sigma,
            floor is { } f ? Math.Max(f, lower) : lower,
            ceiling is { } c ? Math.Min(c, upper) : upper);
    }
}
