using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// A one-measure family whose unit is one record of the timeline (an encounter, a survey) dated in a reported
/// month, with the record's own clinic and id, no exclusions and never pending: only which records count and
/// which meet the numerator differ from one such measure to the next.
/// </summary>
public abstract class RecordProportion : IMeasureFamily
{
    private readonly string _id;
    private readonly MeasureContext _context;

    private protected RecordProportion(string id, MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _id = id;
        _context = context;
        MeasureIds = [id];
    }

    /// <inheritdoc />
    public IReadOnlyList<string> MeasureIds { get; }

    /// <inheritdoc />
    public void Evaluate(PatientTimeline timeline, ICollection<UnitResult> results)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(results);
        foreach (var unit in Units(timeline))
        {
            var month = Month.Of(unit.Date);
            if (_context.Reports(month))
            {
                results.Add(UnitResult.Proportion(_id, unit.ClinicId, month, timeline.Patient.PatientId, unit.UnitId, unit.Met));
            }
        }
    }

    /// <summary>The patient's records that are units, whatever their month, and whether each meets the numerator.</summary>
    private protected abstract IEnumerable<(string ClinicId, DateOnly Date, string UnitId, bool Met)> Units(PatientTimeline timeline);
}
