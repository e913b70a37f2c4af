using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>One measure of a <see cref="MeasureGroup"/>: its id and its evaluation on one timeline.</summary>
internal interface ISingleMeasure
{
    string Id { get; }

    void Evaluate(PatientTimeline timeline, ICollection<UnitResult> results);
}
