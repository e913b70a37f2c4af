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
public sealed class PatientExperience : IMeasureFamily
{
    private const string Id = "satisfaction_top_box";

    private readonly MeasureContext _context;

    /// <summary>The measure has no parameters.</summary>
    public PatientExperience(MeasureContext context)
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

        foreach (var survey in timeline.Surveys)
        {
            if (survey.Score is { } score && _context.Reports(Month.Of(survey.Date)))
            {
                results.Add(UnitResult.Proportion(Id, survey.ClinicId, Month.Of(survey.Date), timeline.Patient.PatientId, survey.Id, score == survey.MaxScore));
            }
        }
    }
}
