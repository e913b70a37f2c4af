using QiPipeline.Metrics.Spc;

namespace QiPipeline.Reports.Monthly;

/// <summary>
/// The Making Data Count icons as a symbol and a fill colour, in the NHS palette: blue for improvement,
/// orange for concern, grey for common cause, purple for a special cause on a measure with no direction.
/// The arrow says on which side of the mean the latest point is.
/// </summary>
internal static class MdcSymbols
{
    public const string Blue = "#8FB8E8";
    public const string Orange = "#F7B267";
    public const string Grey = "#D9D9D9";
    public const string Purple = "#C9A7E3";

    public static (string Text, string? Fill) Of(Variation? variation, ImprovementDirection direction) => variation switch
    {
        null => ("– no data", null),
        Variation.CommonCause => ("● common cause", Grey),
        Variation.Improvement => (direction == ImprovementDirection.Decrease ? "▼ improvement" : "▲ improvement", Blue),
        Variation.Concern => (direction == ImprovementDirection.Decrease ? "▲ concern" : "▼ concern", Orange),
        Variation.NeutralHigh => ("▲ high", Purple),
        _ => ("▼ low", Purple),
    };

    /// <summary>
    /// The assurance icon. With a target but no control limits (a run chart, a series too short), Making Data
    /// Count gives no assurance: say so, rather than "no target set" beside the target.
    /// </summary>
    public static (string Text, string? Fill) Of(Assurance assurance, bool hasTarget = false) => assurance switch
    {
        Assurance.Pass => ("✔ will meet target", Blue),
        Assurance.Fail => ("✘ will miss target", Orange),
        Assurance.Inconsistent => ("? hit and miss", Grey),
        _ when hasTarget => ("– no limits to judge", null),
        _ => ("– no target set", null),
    };
}
