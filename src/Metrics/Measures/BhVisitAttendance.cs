using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// <c>bh_visit_attendance</c>: the share of scheduled BH visits that were kept (the complement of
/// the no-show rate that practices track; no public measure defines it).
/// <list type="bullet">
/// <item>Unit: an encounter of type behavioral_health, care_management or psychiatric_consult dated
/// in M with status completed or no_show (cancelled and other statuses are not units). Clinic
/// and unit id: the encounter's. No exclusions, no age limit.</item>
/// <item>Numerator: status completed. Never pending.</item>
/// </list>
/// </summary>
public sealed class BhVisitAttendance : IMeasureFamily
{
    private const string Id = "bh_visit_attendance";

    private readonly MeasureContext _context;

    /// <summary>The measure has no parameters.</summary>
    public BhVisitAttendance(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> MeasureIds { get; } = [Id];

    /// <inheritdoc />
    public void Evaluate(PatientTimeline timeline, ICollection<UnitResult> results)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(results);

        foreach (var e in timeline.Encounters)
        {
            if (e.IsBhType && e.Status is ("completed" or "no_show") && _context.Reports(Month.Of(e.Date)))
            {
                results.Add(UnitResult.Proportion(Id, e.ClinicId, Month.Of(e.Date), timeline.Patient.PatientId, e.Id, e.IsCompleted));
            }
        }
    }
}
