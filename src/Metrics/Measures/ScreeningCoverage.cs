using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// Universal screening coverage: <c>depression_screening</c>, <c>anxiety_screening</c>,
/// <c>substance_use_screening</c>, <c>sdoh_screening</c>. Adapts CMS2 and HEDIS DSF-E to a
/// monthly view of annual screening: CMS2 wants a screen on the visit date or just before it and
/// DSF-E one in the measurement year; here a screen in the year up to any PC visit of the month
/// counts, so each clinic-month shows the share of its visiting patients screened in the past year.
/// <list type="bullet">
/// <item>Unit: patient P at clinic C in month M when P has a PC visit at C in M (one patient may
/// give units at several clinics in a month); unit id: the patient id. v1 is the first such visit.</item>
/// <item>Denominator: units with age at v1 &gt;= <c>minAge</c> (12; 18 for sdoh).</item>
/// <item>Exclusion (depression_screening only): a depression (<see cref="DiagnosisGroups.Depression"/>)
/// or bipolar dx dated strictly before v1, as CMS2 screens only patients not yet diagnosed. v1 is per
/// clinic, so a patient can be excluded at one clinic and not at another in the same month.</item>
/// <item>Numerator: some PC visit v of P at C in M has a screening with one of <c>instruments</c>
/// dated in [v - <c>lookbackDays</c>, v] (365), at any clinic.</item>
/// <item>Never pending: the window ends at a visit, which is on or before the as-of date.</item>
/// </list>
/// </summary>
public sealed partial class ScreeningCoverage : IMeasureFamily
{
    private static readonly DiagnosisGroup DepressionOrBipolar =
        DiagnosisGroup.Union("depression or bipolar", DiagnosisGroups.Depression, DiagnosisGroups.Bipolar);

    private readonly MeasureContext _context;
    private readonly ScreeningMeasure[] _measures;

    /// <summary>Reads the four measures' parameters.</summary>
    public ScreeningCoverage(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _measures =
        [
            ScreeningMeasure.Read(context, "depression_screening", DepressionOrBipolar),
            ScreeningMeasure.Read(context, "anxiety_screening"),
            ScreeningMeasure.Read(context, "substance_use_screening"),
            ScreeningMeasure.Read(context, "sdoh_screening"),
        ];
        MeasureIds = [.. _measures.Select(m => m.Id)];
    }

    /// <inheritdoc />
    public IReadOnlyList<string> MeasureIds { get; }

    /// <inheritdoc />
    public void Evaluate(PatientTimeline timeline, ICollection<UnitResult> results)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(results);

        // Encounters are sorted by date, so each group's first visit is v1.
        var units = timeline.Encounters
            .Where(e => e.IsPcVisit && _context.Reports(Month.Of(e.Date)))
            .GroupBy(e => (Month: Month.Of(e.Date), e.ClinicId));
        foreach (var visits in units)
        {
            foreach (var measure in _measures)
            {
                if (Evaluate(timeline, measure, visits.Key.Month, visits.Key.ClinicId, [.. visits]) is { } result)
                {
                    results.Add(result);
                }
            }
        }
    }

    private static UnitResult? Evaluate(PatientTimeline timeline, ScreeningMeasure measure, Month month, string clinic, Encounter[] visits)
    {
        var first = visits[0].Date;
        if (timeline.Patient.AgeAt(first) < measure.MinAge)
        {
            return null;
        }

        var patient = timeline.Patient.PatientId;
        if (measure.Exclusion is { } exclusion && timeline.HasDiagnosis(exclusion, from: null, to: first.AddDays(-1)))
        {
            return UnitResult.Exclusion(measure.Id, clinic, month, patient, patient);
        }

        var met = visits.Any(v => timeline.Screenings.Any(s =>
            measure.Uses(s.Instrument) && s.Date >= v.Date.AddDays(-measure.LookbackDays) && s.Date <= v.Date));
        return UnitResult.Proportion(measure.Id, clinic, month, patient, patient, met);
    }
}
