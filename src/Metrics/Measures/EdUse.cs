using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// ED use per attributed patient: <c>ed_visits</c>, <c>avoidable_ed_visits</c>, <c>bh_ed_visits</c>
/// (rates; reports show them per 1,000). Adapts HEDIS EDU and AHRQ/NYU-style avoidable ED
/// classification; unlike EDU there is no risk adjustment and no observed/expected ratio, and the
/// denominator is primary-care attribution, not plan enrolment.
/// <list type="bullet">
/// <item>Unit: the patient-month of each reported month the patient is attributed to a clinic
/// (<see cref="PatientTimeline.AttributedClinic"/>); clinic: that clinic; unit id: the patient id.
/// Denominator: every unit (the attributed patients).</item>
/// <item>Events: ED visits dated in the month with <c>admitted = false</c>, wherever they happened.</item>
/// <item>Numerator values (<see cref="UnitResult.NumeratorValue"/>): the count of events; the sum
/// of their avoidable weights (<see cref="EdClassification"/>); the count of events whose primary
/// dx is mental illness or substance use (any F code), or with a self-harm code (X71-X83, T14.91,
/// R45.851) as primary or other dx: self-harm is an external cause, coded beside the injury, so it
/// is seldom primary. A unit is in the numerator when its value is above 0.</item>
/// <item>No exclusions; never pending.</item>
/// <item>Stored per patient in kpi_patient (<see cref="Lists"/>; patients.csv lists every unit): every <c>ed_visits</c> unit, which lists the attributed
/// patient-months all three measures share as their denominator; an <c>avoidable_ed_visits</c> or
/// <c>bh_ed_visits</c> unit only when its value is above 0. Three rows per attributed patient-month, most
/// of them zeros, were 70% of kpi_patient (docs/performance.md, measure run).</item>
/// </list>
/// </summary>
public sealed partial class EdUse : IMeasureFamily
{
    private const string Visits = "ed_visits";
    private const string Avoidable = "avoidable_ed_visits";
    private const string Bh = "bh_ed_visits";

    private readonly MeasureContext _context;
    private readonly EdClassification _classification;

    /// <summary>Reads the measures' parameters; avoidable weights come from <paramref name="classification"/>.</summary>
    public EdUse(MeasureContext context, EdClassification classification)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(classification);
        _context = context;
        _classification = classification;
    }

    /// <summary>Reads the measures' parameters; avoidable weights from the shipped NYU/Johnston table.</summary>
    public EdUse(MeasureContext context)
        : this(context, EdClassification.Shipped)
    {
    }

    /// <inheritdoc />
    public IReadOnlyList<string> MeasureIds { get; } = [Visits, Avoidable, Bh];

    /// <summary>
    /// An <c>avoidable_ed_visits</c> or <c>bh_ed_visits</c> unit is stored in kpi_patient only when its value is above 0: its
    /// denominator unit is the <c>ed_visits</c> unit of the same patient, clinic and month, always listed.
    /// </summary>
    public bool Lists(UnitResult unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.MeasureId == Visits || unit.NumeratorValue != 0;
    }

    /// <inheritdoc />
    public void Evaluate(PatientTimeline timeline, ICollection<UnitResult> results)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(results);
        var patient = timeline.Patient.PatientId;
        foreach (var month in _context.Months)
        {
            var clinic = timeline.AttributedClinic(month);
            if (clinic is null)
            {
                continue;
            }

            var events = timeline.EdVisits.Where(v => !v.Admitted && month.Contains(v.Date)).ToList();
            results.Add(Unit(Visits, events.Count));
            results.Add(Unit(Avoidable, events.Sum(v => _classification.AvoidableWeight(v.PrimaryDx))));
            results.Add(Unit(Bh, events.Count(EdBhDiagnoses.IsBhVisit)));

            UnitResult Unit(string measure, double value) =>
                new(measure, clinic, month, patient, patient, InDenominator: true, Excluded: false, InNumerator: value > 0, Pending: false, value);
        }
    }
}
