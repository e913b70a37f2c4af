using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Engine;

/// <summary>
/// Something besides the measures that needs every patient's timeline (action lists, CoCM billing):
/// it sees each timeline, with the units the measures computed for it, during the measure run's single
/// pass over the warehouse, so no second read of the facts is needed. It keeps only what it reports.
/// </summary>
public interface ITimelineObserver
{
    /// <summary>Sees one patient's timeline and that patient's units (all measures, in catalog order).</summary>
    void Observe(PatientTimeline timeline, IReadOnlyList<UnitResult> units);
}
