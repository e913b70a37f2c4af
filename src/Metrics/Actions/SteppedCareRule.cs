using System.Globalization;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Actions;

/// <summary>
/// Urgency 4, the stepped-care prompt for psychiatric case review: a <c>depression_response_6m</c> unit
/// still pending and not excluded (the measure's index PHQ-9/PHQ-A &gt;= 10, its exclusions, until its window
/// closes) whose index is at least <c>steppedCareDays</c> (56, 8 weeks) before the as-of date and which is
/// not improving: no score since the index below <c>steppedCareScoreBelow</c> (10) and none a response by the
/// measure's rule (at most <c>responsePercent</c> % of the index score). A completed psychiatric consult on or
/// after the index ends the prompt; it is raised again <c>steppedCareRepeatDays</c> (56) after the consult if
/// the patient is still not improving. With no score since the index the prompt says to re-measure first.
/// </summary>
internal sealed class SteppedCareRule(MeasureContext context, ActionListSettings settings) : IActionRule
{
    /// <summary>The encounter type of a psychiatric consult, which ends the prompt for a while.</summary>
    public const string ConsultType = "psychiatric_consult";

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
            var since = scores.Where(s => s.Date > index.Date && s.Date <= timeline.AsOf).ToList();
            if (since.Any(s => s.Score < settings.SteppedCareScoreBelow || _response.IsResponse(index.Score!.Value, s.Score!.Value)))
            {
                continue;
            }

            var consult = timeline.Encounters.LastOrDefault(e => e.IsCompleted && e.Type == ConsultType && e.Date >= index.Date && e.Date <= timeline.AsOf);
            var due = index.Date.AddDays(settings.SteppedCareDays);
            if (consult is not null)
            {
                due = Max(due, consult.Date.AddDays(settings.SteppedCareRepeatDays));
            }

            if (timeline.AsOf < due)
            {
                continue;
            }

            // The measure's follow-up tie rule: the latest date, and on it the lowest score.
            var latest = since.OrderByDescending(s => s.Date).ThenBy(s => s.Score).FirstOrDefault();
            return ActionItem.For(ActionReason.SteppedCare, timeline, index.ClinicId, index.Date, due, latest?.Score ?? index.Score, Detail(index, latest, consult));
        }

        return null;
    }

    private string Detail(Screening index, Screening? latest, Encounter? consult)
    {
        var weeks = (settings.SteppedCareDays / 7).ToString(CultureInfo.InvariantCulture);
        var start = string.Create(CultureInfo.InvariantCulture, $"{index.Instrument} {index.Score} on {index.Date:yyyy-MM-dd}");
        var review = consult is null
            ? "Bring to psychiatric case review."
            : string.Create(CultureInfo.InvariantCulture, $"Psychiatric consult on {consult.Date:yyyy-MM-dd} and still not improving: review again.");
        if (latest is null)
        {
            return $"{start}, no score since: re-measure the PHQ-9 now; if not improving, {char.ToLowerInvariant(review[0])}{review[1..]}";
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{start}, latest {latest.Score} on {latest.Date:yyyy-MM-dd}: no score under {settings.SteppedCareScoreBelow} and none down to {_response.ResponsePercent}% after {weeks} weeks or more. {review}");
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
