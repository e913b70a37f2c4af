using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// One depression outcome measure of <see cref="DepressionOutcomes"/>, with its own parameters
/// (so each measure's index event, window and exclusions can be configured on their own).
/// </summary>
internal sealed class BaselineOutcome : ISingleMeasure
{
    private readonly MeasureContext _context;
    private readonly BaselineOutcomeKind _kind;
    private readonly IReadOnlyList<string> _instruments;
    private readonly int _minAge;
    private readonly int _indexThreshold;
    private readonly int _lookbackDays;
    private readonly int _targetMonths;
    private readonly int _windowDays;
    private readonly string[] _exclusion;
    private readonly int _responsePercent;
    private readonly int _remissionBelow;

    /// <summary>Reads the parameters of <paramref name="id"/>.</summary>
    public BaselineOutcome(MeasureContext context, string id, BaselineOutcomeKind kind)
    {
        _context = context;
        Id = id;
        _kind = kind;
        var parameters = context.Parameters(id);
        _instruments = parameters.Strings("instruments");
        _minAge = parameters.Int("minAge");
        _indexThreshold = parameters.Int("indexThreshold");
        _lookbackDays = parameters.Int("lookbackDays");
        _targetMonths = parameters.Int("targetMonths");
        _windowDays = parameters.Int("windowDays");
        _exclusion = [.. parameters.Strings("exclusionDxPrefixes")];
        // Each outcome reads only the threshold it uses, so a configuration cannot set one that does nothing.
        _responsePercent = kind == BaselineOutcomeKind.Response ? parameters.Int("responsePercent") : 0;
        _remissionBelow = kind == BaselineOutcomeKind.Remission ? parameters.Int("remissionBelow") : 0;
    }

    /// <summary>The measure id.</summary>
    public string Id { get; }

    /// <summary>The scored instruments (<c>instruments</c>).</summary>
    public IReadOnlyList<string> Instruments => _instruments;

    /// <summary>The scored screenings of the measure's instruments, by date then id.</summary>
    public List<Screening> Scores(PatientTimeline timeline) =>
        [.. timeline.Screenings.Where(s => s.Score is not null && _instruments.Contains(s.Instrument, StringComparer.OrdinalIgnoreCase))];

    /// <summary>The percentage of the index score a response reaches at most (<c>responsePercent</c>).</summary>
    public int ResponsePercent => _responsePercent;

    /// <summary>Whether a follow-up score is a response to the index score: at most <c>responsePercent</c> % of it.</summary>
    public bool IsResponse(int indexScore, int followUp) => 100 * followUp <= _responsePercent * indexScore;

    /// <summary>Adds one unit per index event in a reported month.</summary>
    public void Evaluate(PatientTimeline timeline, ICollection<UnitResult> results)
    {
        var scores = Scores(timeline);
        foreach (var index in BaselineEvents.Find(scores, timeline.Patient, _minAge, _indexThreshold, _lookbackDays))
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
        if (timeline.Patient.DeathDate <= end || (_exclusion.Length > 0 && timeline.HasDiagnosisBy(end, _exclusion)))
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
