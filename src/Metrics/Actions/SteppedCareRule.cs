using System.Globalization;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Actions;

/// <summary>
/// Urgency 4, the stepped-care prompt for psychiatric case review: a <c>depression_response_6m</c>
/// unit still pending and not excluded (the measure's index PHQ-9/PHQ-A &gt;= 10, its exclusions,
/// until its window closes) whose index is at least <c>steppedCareDays</c> (70, 10 weeks) before
/// the as-of date, and whose latest score after the index day is not a response by the measure's
/// rule (at most <c>responsePercent</c> % of the index score), or is missing. Due on index + 70 days.
/// </summary>
internal sealed class SteppedCareRule(MeasureContext context, ActionListSettings settings) : IActionRule
{
    private readonly BaselineOutcome _response = DepressionOutcomes.Response(context);

    public ActionItem? Find(PatientTimeline timeline, IReadOnlyList<UnitResult> units)
    {
        foreach (var unit in units)
        {
            if (unit.MeasureId != _response.Id || unit.Excluded || !unit.Pending)
            {
                continue;
            }

            var scores = _response.Scores(timeline);
            var index = scores.First(s => s.Id == unit.UnitId);
            var due = index.Date.AddDays(settings.SteppedCareDays);
            // The measure's follow-up tie rule: the latest date, and on it the lowest score.
            var latest = scores.Where(s => s.Date > index.Date).OrderByDescending(s => s.Date).ThenBy(s => s.Score).FirstOrDefault();
            if (timeline.AsOf < due || (latest is not null && _response.IsResponse(index.Score!.Value, latest.Score!.Value)))
            {
                continue;
            }

            var since = latest is null ? "no score since" : string.Create(CultureInfo.InvariantCulture, $"latest {latest.Score} on {latest.Date:yyyy-MM-dd}");
            var detail = string.Create(CultureInfo.InvariantCulture,
                $"{index.Instrument} {index.Score} on {index.Date:yyyy-MM-dd}, {since}: not down to {_response.ResponsePercent}% after {settings.SteppedCareDays / 7} weeks. Bring to psychiatric case review.");
            return ActionItem.For(ActionReason.SteppedCare, timeline, index.ClinicId, index.Date, due, latest?.Score ?? index.Score, detail);
        }

        return null;
    }
}
