using QiPipeline.Metrics.Comparisons;
using QiPipeline.Metrics.Spc;

namespace QiPipeline.Reports.Pilot;

/// <summary>An interval in the words a QI lead uses, judged by the measure's improvement direction.</summary>
internal static class PilotReading
{
    public const string Improved = "improved beyond chance";
    public const string NoChange = "no change beyond chance";
    public const string Worse = "worse beyond chance";
    public const string NotEnoughData = "not enough data";
    public const string TooFewComparison = "too few comparison patients";
    public const string NoData = "no data";

    /// <summary>Reads a difference (no change = 0) or a ratio (no change = 1).</summary>
    public static string Of(Interval? interval, bool isRatio, ImprovementDirection direction)
    {
        if (interval is not { } i || !double.IsFinite(i.Lower) || !double.IsFinite(i.Upper))
        {
            return NotEnoughData;
        }

        var none = isRatio ? 1.0 : 0.0;
        if (!i.Excludes(none))
        {
            return NoChange;
        }

        var up = i.Estimate > none;
        return direction switch
        {
            ImprovementDirection.Increase => up ? Improved : Worse,
            ImprovementDirection.Decrease => up ? Worse : Improved,
            _ => up ? "higher beyond chance" : "lower beyond chance",
        };
    }
}
