using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// <c>phq9_utilization</c>: patients in a depression episode are measured at least every 4 months.
/// Adapts NQF 0712 / HEDIS DMS-E (Utilization of the PHQ-9 to Monitor Depression Symptoms) to a
/// monthly view: every month of an episode is a unit, rather than one assessment period a year.
/// <list type="bullet">
/// <item>Unit: patient P in month M when P has a depression index event d (the rule of
/// <see cref="DepressionOutcomes"/>, with this measure's own parameters) with d &lt;= m_end &lt; d +
/// <c>episodeDays</c> (365), is alive on m_start, and has no exclusion diagnosis
/// (<see cref="DepressionOutcomes.Exclusions"/>) dated &lt;= m_end. Otherwise there is no unit (not an
/// excluded one), so this measure never excludes. Clinic and unit id: the index screening's.</item>
/// <item>Numerator: a score of <c>instruments</c> (PHQ-9, PHQ-A) dated in [m_end -
/// <c>measurementDays</c> + 1, m_end] (120 days: [m_end - 119, m_end]); the index score counts.</item>
/// <item>Pending while as-of &lt; m_end and the numerator is not met.</item>
/// </list>
/// </summary>
internal sealed class Phq9Utilization : ISingleMeasure
{
    /// <summary>The measure id.</summary>
    public const string MeasureId = "phq9_utilization";

    private readonly MeasureContext _context;
    private readonly BaselineRule _rule;
    private readonly int _measurementDays;

    /// <summary>Reads the measure's parameters.</summary>
    public Phq9Utilization(MeasureContext context)
    {
        _context = context;
        var parameters = context.Parameters(MeasureId);
        _rule = new BaselineRule(parameters, DiagnosisGroups.Depression);
        _measurementDays = parameters.Int("measurementDays");
    }

    /// <inheritdoc />
    public string Id => MeasureId;

    /// <summary>Adds one unit per reported month inside an episode.</summary>
    public void Evaluate(PatientTimeline timeline, ICollection<UnitResult> results)
    {
        var scores = _rule.Scores(timeline);
        // Episodes never overlap: an index event blocks the next one for as long as its episode lasts.
        foreach (var index in BaselineEvents.Find(scores, timeline, _rule))
        {
            // The months whose end is in the episode [d, d + episodeDays - 1].
            var last = index.Date.AddDays(_rule.EpisodeDays - 1);
            for (var month = Month.Of(index.Date); month.End <= last; month = month.Plus(1))
            {
                if (_context.Reports(month) && Exists(timeline, month))
                {
                    results.Add(Evaluate(timeline, scores, index, month));
                }
            }
        }
    }

    private static bool Exists(PatientTimeline timeline, Month month) =>
        !(timeline.Patient.DeathDate < month.Start) && !timeline.HasDiagnosis(DepressionOutcomes.Exclusions, null, month.End);

    private UnitResult Evaluate(PatientTimeline timeline, List<Screening> scores, Screening index, Month month)
    {
        var from = month.End.AddDays(1 - _measurementDays);
        var met = scores.Any(s => s.Date >= from && s.Date <= month.End);
        return UnitResult.Proportion(Id, index.ClinicId, month, timeline.Patient.PatientId, index.Id, met, pending: timeline.AsOf < month.End);
    }
}
