using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// <c>psych_consult_nonimprovers</c>: psychiatric consultation by week 12 for patients not improving
/// by week 8. Adapts the collaborative-care fidelity measure of Bao et al. 2015; unlike it, the
/// episode starts at a depression index event of <see cref="DepressionOutcomes"/> rather than at
/// enrolment in care management, and any psychiatric consult counts, in person or not.
/// <list type="bullet">
/// <item>Unit: a depression index event d (the rule of <see cref="DepressionOutcomes"/>, with this
/// measure's own parameters) with no improvement by day <c>improvementDays</c> (56): no score of
/// <c>instruments</c> (PHQ-9, PHQ-A) dated in [d + 1, d + 56] that is &lt; <c>improvedBelow</c> (10)
/// or at most <c>responsePercent</c> (50) % of the index score. It exists only when d + 56 &lt;= as-of
/// and the patient is alive on d + 56, and belongs to the month of d + 56. Clinic and unit id: the
/// index screening's. An improving patient gives no unit (not an excluded one).</item>
/// <item>Exclusion: a diagnosis of <see cref="DepressionOutcomes.Exclusions"/> or a death date, on or
/// before d + <c>consultDays</c> (84).</item>
/// <item>Numerator: a psychiatric consult (completed <c>psychiatric_consult</c> encounter) dated in
/// [d + 1, d + 84]; one on the index day itself does not count (it cannot answer non-improvement).</item>
/// <item>Pending while as-of &lt; d + 84 and the numerator is not met.</item>
/// </list>
/// </summary>
internal sealed class PsychConsultNonImprovers : ISingleMeasure
{
    /// <summary>The measure id.</summary>
    public const string MeasureId = "psych_consult_nonimprovers";

    private readonly MeasureContext _context;
    private readonly BaselineRule _rule;
    private readonly int _improvementDays;
    private readonly int _improvedBelow;
    private readonly int _responsePercent;
    private readonly int _consultDays;

    /// <summary>Reads the measure's parameters.</summary>
    public PsychConsultNonImprovers(MeasureContext context)
    {
        _context = context;
        var parameters = context.Parameters(MeasureId);
        _rule = new BaselineRule(parameters, DiagnosisGroups.Depression);
        _improvementDays = parameters.Int("improvementDays");
        _improvedBelow = parameters.Int("improvedBelow");
        _responsePercent = parameters.Int("responsePercent");
        _consultDays = parameters.Int("consultDays");
    }

    /// <inheritdoc />
    public string Id => MeasureId;

    /// <summary>Adds one unit per index event without improvement whose day 56 is in a reported month.</summary>
    public void Evaluate(PatientTimeline timeline, ICollection<UnitResult> results)
    {
        var scores = _rule.Scores(timeline);
        foreach (var index in BaselineEvents.Find(scores, timeline, _rule))
        {
            var judged = index.Date.AddDays(_improvementDays);
            if (judged > timeline.AsOf
                || timeline.Patient.DeathDate < judged
                || !_context.Reports(Month.Of(judged))
                || scores.Any(s => s.Date > index.Date && s.Date <= judged && IsImprovement(index.Score!.Value, s.Score!.Value)))
            {
                continue;
            }

            results.Add(Evaluate(timeline, index, Month.Of(judged)));
        }
    }

    private bool IsImprovement(int indexScore, int score) => score < _improvedBelow || 100 * score <= _responsePercent * indexScore;

    private UnitResult Evaluate(PatientTimeline timeline, Screening index, Month month)
    {
        var patient = timeline.Patient.PatientId;
        var end = index.Date.AddDays(_consultDays);
        if (timeline.Patient.DeathDate <= end || timeline.HasDiagnosis(DepressionOutcomes.Exclusions, null, end))
        {
            return UnitResult.Exclusion(Id, index.ClinicId, month, patient, index.Id);
        }

        var met = timeline.Encounters.Any(e => e.IsCompleted && e.Type == "psychiatric_consult" && e.Date > index.Date && e.Date <= end);
        return UnitResult.Proportion(Id, index.ClinicId, month, patient, index.Id, met, pending: timeline.AsOf < end);
    }
}
