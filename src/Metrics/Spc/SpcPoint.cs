namespace QiPipeline.Metrics.Spc;

/// <summary>One point of a computed chart.</summary>
/// <param name="Index">Position in the series, 0-based.</param>
/// <param name="Part">The part the point belongs to, 1-based.</param>
/// <param name="Value">
/// The plotted value: the measure, the proportion or rate (count / denominator), or the moving range
/// (NaN for the first point of a part on a moving range chart, which has none).
/// </param>
/// <param name="Centre">The centre line (median on run charts, mean otherwise); null when the part has no baseline point.</param>
/// <param name="Lower">The lower 3-sigma limit, clipped as the chart requires; null on run charts and moving range charts.</param>
/// <param name="Upper">The upper 3-sigma limit, clipped as the chart requires; null on run charts.</param>
/// <param name="Sigma">The point's sigma before clipping (it varies with the denominator on p and u charts); null on run charts.</param>
/// <param name="Excluded">Left out of the centre line, limits and runs analysis.</param>
/// <param name="Baseline">Used for the centre line and limits (in its part, not excluded, not after a freeze).</param>
/// <param name="SigmaSignal">Strictly beyond a limit (excluded points are flagged too).</param>
public sealed record SpcPoint(
    int Index,
    int Part,
    double Value,
    double? Centre,
    double? Lower,
    double? Upper,
    double? Sigma,
    bool Excluded,
    bool Baseline,
    bool SigmaSignal);
