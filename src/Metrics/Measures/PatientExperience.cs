using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// <c>satisfaction_top_box</c>: the share of patient experience surveys answered in the top box,
/// the top-box scoring of CAHPS Clinician &amp; Group applied to one overall score. CAHPS reports a
/// 0-10 rating's top box as 9 and 10, so a survey out of 10 is top box from 9; any other scale
/// (a 1-5 agreement item) only at its maximum.
/// <list type="bullet">
/// <item>Unit: a survey dated in M with a score (max_score is required at load). Clinic and unit
/// id: the survey's. No exclusions, no age limit.</item>
/// <item>Numerator: score &gt;= 9 when max_score = 10, else score = max_score. Never pending.</item>
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
            .Select(s => (s.ClinicId, s.Date, s.Id, IsTopBox(s.Score!.Value, s.MaxScore)));

    /// <summary>The CAHPS top box: 9 or 10 on a 0-10 rating, the maximum on any other scale.</summary>
    internal static bool IsTopBox(int score, int maxScore) =>
        maxScore == 10 ? score >= 9 : score == maxScore;
}
