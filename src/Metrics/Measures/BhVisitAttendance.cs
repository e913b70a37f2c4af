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
public sealed partial class BhVisitAttendance : RecordProportion
{
    /// <summary>The measure has no parameters.</summary>
    public BhVisitAttendance(MeasureContext context)
        : base(Id, context)
    {
    }

    private protected override IEnumerable<(string ClinicId, DateOnly Date, string UnitId, bool Met)> Units(PatientTimeline timeline) =>
        timeline.Encounters
            .Where(e => e.IsBhType && e.Status is ("completed" or "no_show"))
            .Select(e => (e.ClinicId, e.Date, e.Id, e.IsCompleted));
}
