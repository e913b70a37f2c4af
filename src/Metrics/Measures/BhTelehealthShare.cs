using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// <c>bh_telehealth_share</c>: the share of behavioral-health contacts held by video or phone, so
/// that a program can see how much of its BH care reaches patients without a visit in person (no
/// public measure defines it).
/// <list type="bullet">
/// <item>Unit: a BH contact (completed behavioral_health, care_management or psychiatric_consult
/// encounter) dated in M. Clinic and unit id: the encounter's. No exclusions, no age limit.</item>
/// <item>Numerator: modality telehealth or phone (in_person, or no modality, is not). Never pending.</item>
/// </list>
/// </summary>
public sealed partial class BhTelehealthShare : RecordProportion
{
    /// <summary>The measure has no parameters.</summary>
    public BhTelehealthShare(MeasureContext context)
        : base(Id, context)
    {
    }

    private protected override IEnumerable<(string ClinicId, DateOnly Date, string UnitId, bool Met)> Units(PatientTimeline timeline) =>
        timeline.Encounters
            .Where(e => e.IsBhContact)
            .Select(e => (e.ClinicId, e.Date, e.Id, e.Modality is "telehealth" or "phone"));
}
