using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Actions;

/// <summary>One reason of the action lists: at most one item per patient.</summary>
internal interface IActionRule
{
    /// <summary>The patient's item for this reason as of the timeline's as-of date, or null.</summary>
    ActionItem? Find(PatientTimeline timeline, IReadOnlyList<UnitResult> units);
}
