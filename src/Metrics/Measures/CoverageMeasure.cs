using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// One antidepressant adherence measure of <see cref="AntidepressantAdherence"/>, with its own
/// parameters (the acute and continuation phases differ only in window and covered days).
/// </summary>
internal sealed class CoverageMeasure : ISingleMeasure
{
    private readonly MeasureContext _context;
    private readonly int _lookbackDays;
    private readonly int _minAge;
    private readonly int _windowDays;
    private readonly int _coveredDays;
    private readonly int _diagnosisDays;

    /// <summary>Reads the parameters of <paramref name="id"/>.</summary>
    public CoverageMeasure(MeasureContext context, string id)
    {
        _context = context;
        Id = id;
        var parameters = context.Parameters(id);
        _lookbackDays = parameters.Int("lookbackDays");
        _minAge = parameters.Int("minAge");
        _windowDays = parameters.Int("windowDays");
        _coveredDays = parameters.Int("coveredDays");
        _diagnosisDays = parameters.Int("diagnosisDays");
    }

    /// <summary>The measure id.</summary>
    public string Id { get; }

    /// <summary>The days after the index fill the measure looks at (<c>windowDays</c>).</summary>
    public int WindowDays => _windowDays;

    /// <summary>Adds one unit per index prescription start date in a reported month.</summary>
    public void Evaluate(PatientTimeline timeline, ICollection<UnitResult> results)
    {
        var fills = timeline.Fills.Where(f => f.IsAntidepressant).ToList();
        Month? indexMonth = null;
        for (var i = 0; i < fills.Count; i++)
        {
            var index = fills[i];
            var month = Month.Of(index.Date);
            if (month == indexMonth || !_context.Reports(month) || HasFillBefore(fills, i))
            {
                continue;
            }

            // The IPSD is the month's first fill after a clean history; when the patient is too
            // young, unattributed or without a major depression dx around it, the month has no
            // unit, rather than a later IPSD (no later fill of the month has a clean history anyway).
            indexMonth = month;
            var clinic = timeline.AttributedClinic(month);
            if (clinic is null || timeline.Patient.AgeAt(index.Date) < _minAge || !HasMajorDepression(timeline, index.Date))
            {
                continue;
            }

            var end = index.Date.AddDays(_windowDays);
            var met = CoverageDays.Count(fills.Where(f => f.Date >= index.Date), index.Date, end) >= _coveredDays;
            results.Add(UnitResult.Proportion(Id, clinic, month, timeline.Patient.PatientId, index.Id, met, pending: timeline.AsOf < end));
        }
    }

    /// <summary>HEDIS AMM's diagnosis: major depression (not dysthymia) dated in [d - diagnosisDays, d + diagnosisDays].</summary>
    private bool HasMajorDepression(PatientTimeline timeline, DateOnly date) =>
        timeline.HasDiagnosis(DiagnosisGroups.MajorDepression, date.AddDays(-_diagnosisDays), date.AddDays(_diagnosisDays));

    /// <summary>Whether a fill before <paramref name="i"/> is dated in [d - lookback, d - 1].</summary>
    private bool HasFillBefore(List<MedicationFill> fills, int i)
    {
        var date = fills[i].Date;
        var from = date.AddDays(-_lookbackDays);
        for (var j = i - 1; j >= 0 && fills[j].Date >= from; j--)
        {
            if (fills[j].Date < date)
            {
                return true;
            }
        }

        return false;
    }
}
