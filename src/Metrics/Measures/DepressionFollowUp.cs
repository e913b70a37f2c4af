using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// <c>depression_followup</c>: follow-up within 30 days of a positive depression screen. Adapts
/// the follow-up part of HEDIS DSF-E and CMS2's follow-up plan: unlike CMS2, a plan documented on
/// the day does not count, only a dated contact, referral, fill or (after a PHQ-2) negative
/// full-length screen the same day, and every month with a positive screen gives a unit, not one
/// per measurement year.
/// <list type="bullet">
/// <item>Unit: patient P in month M with a positive screen (<c>instruments</c>: PHQ-2, PHQ-9, PHQ-A,
/// EPDS; positive per <see cref="ScreeningThresholds"/>) dated in M, age at it &gt;= <c>minAge</c> (12).
/// The index s is the earliest; same-day ties: a full instrument before a brief one
/// (<c>briefInstruments</c>: PHQ-2), then the lowest screening id. Clinic and unit id: those of s.</item>
/// <item>Exclusions: a bipolar dx dated &lt;= s; a depression dx dated in
/// [s - <c>priorDiagnosisDays</c> (365), s - 1] (DSF-E: depression diagnosed in the year before is
/// not a new positive screen).</item>
/// <item>Numerator: in [s, s + <c>windowDays</c>] (30), at any clinic, a BH contact, a BH referral, an
/// antidepressant fill, or, only when s is brief, a negative screen with one of
/// <c>followUpInstruments</c> (PHQ-9, PHQ-A; score below its threshold, 10) dated s, as DSF-E counts
/// a negative full-length screen the same day. A positive full-length screen is never a follow-up:
/// it is itself a positive screen needing one.</item>
/// <item>Pending while as-of &lt; s + <c>windowDays</c> and the numerator is not met.</item>
/// </list>
/// </summary>
public sealed partial class DepressionFollowUp : IMeasureFamily
{
    /// <summary>The measure id.</summary>
    internal const string Id = "depression_followup";

    private readonly MeasureContext _context;
    private readonly IReadOnlyList<string> _instruments;
    private readonly IReadOnlyList<string> _brief;
    private readonly IReadOnlyList<string> _followUps;
    private readonly ScreeningThresholds _thresholds;
    private readonly int _minAge;
    private readonly int _windowDays;
    private readonly int _priorDiagnosisDays;

    /// <summary>Reads the measure's parameters.</summary>
    public DepressionFollowUp(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        var parameters = context.Parameters(Id);
        _instruments = parameters.Strings("instruments");
        _brief = parameters.Strings("briefInstruments");
        _followUps = parameters.Strings("followUpInstruments");
        _thresholds = new ScreeningThresholds(parameters, _instruments.Concat(_followUps));
        _minAge = parameters.Int("minAge");
        _windowDays = parameters.Int("windowDays");
        _priorDiagnosisDays = parameters.Int("priorDiagnosisDays");
    }

    /// <inheritdoc />
    public IReadOnlyList<string> MeasureIds { get; } = [Id];

    /// <summary>The days after the index screen in which a follow-up counts (<c>windowDays</c>).</summary>
    internal int WindowDays => _windowDays;

    /// <inheritdoc />
    public void Evaluate(PatientTimeline timeline, ICollection<UnitResult> results)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(results);

        var indexes = timeline.Screenings
            .Where(s => Is(_instruments, s) && _context.Reports(Month.Of(s.Date)) && _thresholds.IsPositive(s) && timeline.Patient.AgeAt(s.Date) >= _minAge)
            .GroupBy(s => Month.Of(s.Date))
            .Select(month => month
                .OrderBy(s => s.Date)
                .ThenBy(s => Is(_brief, s))
                .ThenBy(s => s.Id, StringComparer.Ordinal)
                .First());
        foreach (var index in indexes)
        {
            results.Add(Evaluate(timeline, index));
        }
    }

    private UnitResult Evaluate(PatientTimeline timeline, Screening index)
    {
        var month = Month.Of(index.Date);
        var patient = timeline.Patient.PatientId;
        if (timeline.HasDiagnosis(DiagnosisGroups.Bipolar, from: null, to: index.Date)
            || timeline.HasDiagnosis(DiagnosisGroups.Depression, index.Date.AddDays(-_priorDiagnosisDays), index.Date.AddDays(-1)))
        {
            return UnitResult.Exclusion(Id, index.ClinicId, month, patient, index.Id);
        }

        var end = index.Date.AddDays(_windowDays);
        var met = IsFollowedUp(timeline, index, end);
        return UnitResult.Proportion(Id, index.ClinicId, month, patient, index.Id, met, pending: timeline.AsOf < end);
    }

    /// <summary>
    /// Whether the index screen has a follow-up dated in [index, <paramref name="through"/>] (a
    /// negative full-length screen only on the index day): the numerator's rule, also asked by the
    /// action lists with the as-of date as the end.
    /// </summary>
    internal bool IsFollowedUp(PatientTimeline timeline, Screening index, DateOnly through)
    {
        bool In(DateOnly date) => date >= index.Date && date <= through;
        return timeline.Encounters.Any(e => e.IsBhContact && In(e.Date))
            || timeline.Referrals.Any(r => r.IsBhReferral && In(r.Date))
            || timeline.Fills.Any(f => f.IsAntidepressant && In(f.Date))
            || (Is(_brief, index) && timeline.Screenings.Any(s => s.Id != index.Id && s.Date == index.Date && Is(_followUps, s) && IsNegative(s)));
    }

    /// <summary>A scored screen below its instrument's threshold (a screen without a score is neither).</summary>
    private bool IsNegative(Screening screening) => screening.Score is not null && !_thresholds.IsPositive(screening);

    private static bool Is(IReadOnlyList<string> instruments, Screening screening) =>
        instruments.Contains(screening.Instrument, StringComparer.OrdinalIgnoreCase);
}
