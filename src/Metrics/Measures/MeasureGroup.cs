using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// A family whose measures are independent variants of one rule (the two adherence phases, the
/// four depression outcomes), evaluated one after the other in report order.
/// </summary>
public abstract class MeasureGroup : IMeasureFamily
{
    private readonly IReadOnlyList<ISingleMeasure> _measures;

    private protected MeasureGroup(IReadOnlyList<ISingleMeasure> measures)
    {
        _measures = measures;
        MeasureIds = [.. measures.Select(m => m.Id)];
    }

    /// <inheritdoc />
    public IReadOnlyList<string> MeasureIds { get; }

    /// <inheritdoc />
    public void Evaluate(PatientTimeline timeline, ICollection<UnitResult> results)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(results);
        foreach (var measure in _measures)
        {
            measure.Evaluate(timeline, results);
        }
    }
}
