using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// One outcome measure of <see cref="DepressionOutcomes"/> or <see cref="AnxietyOutcomes"/>, with
/// its own parameters (so each measure's index event, window and thresholds can be configured on
/// their own).
/// </summary>
internal sealed class BaselineOutcome : ISingleMeasure
{
    private readonly MeasureContext _context;
    private readonly BaselineOutcomeKind _kind;
    private readonly DiagnosisGroup _exclusions;
    private readonly int _targetMonths;
    private readonly int _windowDays;
    private readonly int _responsePercent;
    private readonly int _remissionBelow;

    /// <summary>Reads the parameters of <paramref name="id"/>.</summary>
    /// <param name="context">The run.</param>
    /// <param name="id">The measure id.</param>
    /// <param name="kind">What the measure asks of the follow-up score.</param>
    /// <param name="diagnosis">The diagnosis a qualifying index score needs (when <c>requireDiagnosis</c>), or null.</param>
    /// <param name="exclusions">The diagnoses that exclude the unit when dated on or before the window end.</param>
    public BaselineOutcome(MeasureContext context, string id, BaselineOutcomeKind kind, DiagnosisGroup? diagnosis, DiagnosisGroup exclusions)
    {
        _context = context;
        Id = id;
        _kind = kind;
        _exclusions = exclusions;
        var parameters = context.Parameters(id);
        Rule = new BaselineRule(parameters, diagnosis);
        _targetMonths = parameters.Int("targetMonths");
        _windowDays = parameters.Int("windowDays");
        // Each outcome reads only the threshold it uses, so a configuration cannot set one that does nothing.
        _responsePercent = kind == BaselineOutcomeKind.Response ? parameters.Int("responsePercent") : 0;
        _remissionBelow = kind == BaselineOutcomeKind.Remission ? parameters.Int("remissionBelow") : 0;
    }

    /// <summary>The measure id.</summary>
    public string Id { get; }

    /// <summary>What makes a score an index event.</summary>
    public BaselineRule Rule { get; }

    /// <summary>The percentage of the index score a response reaches at most (<c>responsePercent</c>).</summary>
    public int ResponsePercent => _responsePercent;

    /// <summary>The scored screenings of the measure's instruments, by date then id.</summary>
    public List<Screening> Scores(PatientTimeline timeline) => Rule.Scores(timeline);

    /// <summary>Whether a follow-up score is a response to the index score: at most <c>responsePercent</c> % of it.</summary>
    public bool IsResponse(int indexScore, int followUp) => 100 * followUp <= _responsePercent * indexScore;

    /// <summary>Adds one unit per index event in a reported month.</summary>
    public void Evaluate(PatientTimeline timeline, ICollection<UnitResult> results)
    {
        var scores = Scores(timeline);
        foreach (var index in BaselineEvents.Find(scores, timeline, Rule))
        {
            if (_context.Reports(Month.Of(index.Date)))
            {
                results.Add(Evaluate(timeline, scores, index));
            }
        }
    }

    private UnitResult Evaluate(PatientTimeline timeline, List<Screening> scores, Screening index)
    {
        var month = Month.Of(index.Date);
        var patient = timeline.Patient.PatientId;
        var target = index.Date.AddMonths(_targetMonths);
        var start = target.AddDays(-_windowDays);
        var end = target.AddDays(_windowDays);
        if (timeline.Patient.DeathDate <= end || timeline.HasDiagnosis(_exclusions, null, end))
        {
            return UnitResult.Exclusion(Id, index.ClinicId, month, patient, index.Id);
        }

        var followUp = scores
            .Where(s => s.Date >= start && s.Date <= end)
            .OrderByDescending(s => s.Date)
            .ThenBy(s => s.Score)
            .Select(s => s.Score)
            .FirstOrDefault();
        var met = _kind switch
        {
            BaselineOutcomeKind.AnyScore => followUp is not null,
            BaselineOutcomeKind.Response => followUp is { } score && IsResponse(index.Score!.Value, score),
            _ => followUp < _remissionBelow,
        };
        var pending = timeline.AsOf < end;
        if (_kind == BaselineOutcomeKind.AnyScore)
        {
            return UnitResult.Proportion(Id, index.ClinicId, month, patient, index.Id, met, pending);
        }

        // A met response or remission stays pending: a later score in the window may replace the
        // follow-up score and undo it.
        return new UnitResult(Id, index.ClinicId, month, patient, index.Id, InDenominator: true, Excluded: false, InNumerator: met, Pending: pending, met ? 1 : 0);
    }
}
