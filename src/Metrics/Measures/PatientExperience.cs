using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// <c>satisfaction_top_box</c>: the share of patient experience surveys that give the highest
/// score, the top-box scoring of CAHPS Clinician &amp; Group applied to one overall score.
/// <list type="bullet">
/// <item>Unit: a survey dated in M with a score (max_score is required at load). Clinic and unit
/// id: the survey's. No exclusions, no age limit.</item>
/// <item>Numerator: score = max_score. Never pending.</item>
/// </list>
/// </summary>
public sealed partial class PatientExperience : RecordProportion
{
    /// <summary>The measure has no parameters.</summary>
    public PatientExperience(MeasureContext context)
        : base(Id, context)
    {
    }

    private protected override IEnumerable<(string ClinicId, DateOnly Date, string UnitId, bool Met)> Units(PatientTimeline timeline) =>
        timeline.Surveys
            .Where(s => s.Score is not null)
            .Select(s => (s.ClinicId, s.Date, s.Id, s.Score == s.MaxScore));
}
