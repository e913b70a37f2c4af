using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// One measure of <see cref="EdBhFollowUp"/> with its own parameters (the 7- and 30-day rates
/// differ only in their window).
/// </summary>
internal sealed class EdFollowUpMeasure : ISingleMeasure
{
    private readonly MeasureContext _context;
    private readonly int _minAge;
    private readonly int _windowDays;
    private readonly int _stretchDays;
    private readonly int _deathDays;

    /// <summary>Reads the parameters of <paramref name="id"/>.</summary>
    public EdFollowUpMeasure(MeasureContext context, string id)
    {
        _context = context;
        Id = id;
        var parameters = context.Parameters(id);
        _minAge = parameters.Int("minAge");
        _windowDays = parameters.Int("windowDays");
        _stretchDays = parameters.Int("stretchDays");
        _deathDays = parameters.Int("deathDays");
    }

    /// <summary>The measure id.</summary>
    public string Id { get; }

    /// <summary>Adds one unit per first qualifying ED visit of a stretch in a reported month.</summary>
    public void Evaluate(PatientTimeline timeline, ICollection<UnitResult> results)
    {
        var patient = timeline.Patient;
        DateOnly? lastUnit = null;

        // Visits come in (date, id) order, so the latest unit is the only one that can block a visit;
        // units in months not reported still block, so the range asked for does not change the units.
        foreach (var visit in timeline.EdVisits)
        {
            if (visit.Admitted || !EdBhDiagnoses.IsMentalIllnessOrSelfHarm(visit) || patient.AgeAt(visit.Date) < _minAge
                || (lastUnit is { } last && visit.Date <= last.AddDays(_stretchDays)))
            {
                continue;
            }

            var month = Month.Of(visit.Date);
            if (timeline.AttributedClinic(month) is not { } clinic)
            {
                continue;
            }

            lastUnit = visit.Date;
            if (!_context.Reports(month))
            {
                continue;
            }

            if (patient.DeathDate is { } death && death >= visit.Date && death <= visit.Date.AddDays(_deathDays))
            {
                results.Add(UnitResult.Exclusion(Id, clinic, month, patient.PatientId, visit.Id));
                continue;
            }

            var end = visit.Date.AddDays(_windowDays);
            var met = timeline.Encounters.Any(e => e.IsBhContact && e.Date >= visit.Date && e.Date <= end);
            results.Add(UnitResult.Proportion(Id, clinic, month, patient.PatientId, visit.Id, met, pending: timeline.AsOf < end));
        }
    }
}
