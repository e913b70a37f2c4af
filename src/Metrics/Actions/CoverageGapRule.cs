using System.Globalization;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Actions;

/// <summary>
/// Urgency 5: a patient in an active antidepressant treatment episode, that is the latest
/// <c>antidepressant_continuation</c> unit (its index prescription start date d, age, diagnosis and
/// attribution rules) with the as-of date in its window [d, d + <c>windowDays</c> (231)], whose supply ran out
/// more than <c>coverageGraceDays</c> (7) days before the as-of date. The supply runs out the day
/// after the last covered day of the fills since d, counted as the adherence measures count them
/// (an early refill of the same drug carried forward). Due on run-out + 7 days; listed from the day after.
/// </summary>
internal sealed class CoverageGapRule(MeasureContext context, ActionListSettings settings) : IActionRule
{
    private readonly CoverageMeasure _continuation = AntidepressantAdherence.Continuation(context);

    public ActionItem? Find(PatientTimeline timeline, IReadOnlyList<UnitResult> units)
    {
        var unit = units.LastOrDefault(u => u.MeasureId == _continuation.Id && u.InDenominator);
        if (unit is null)
        {
            return null;
        }

        var fills = timeline.Fills.Where(f => f.IsAntidepressant).ToList();
        var index = fills.First(f => f.Id == unit.UnitId);
        var episode = fills.Where(f => f.Date >= index.Date).ToList();
        if (timeline.AsOf > index.Date.AddDays(_continuation.WindowDays) || CoverageDays.RunsOut(episode) is not { } runsOut)
        {
            return null;
        }

        var due = runsOut.AddDays(settings.CoverageGraceDays);
        if (timeline.AsOf <= due)
        {
            return null;
        }

        var last = episode[^1];
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{last.Drug} filled {last.Date:yyyy-MM-dd} for {last.DaysSupply} days; supply ran out {runsOut:yyyy-MM-dd}, no refill since. Check adherence and side effects.");
        return ActionItem.For(ActionReason.CoverageGap, timeline, unit.ClinicId, last.Date, due, null, detail);
    }
}
