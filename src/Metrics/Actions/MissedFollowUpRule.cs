using System.Globalization;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Actions;

/// <summary>
/// Urgency 2: a <c>depression_followup</c> unit whose window has closed unmet (in the denominator,
/// not met, not pending), with its index screen dated in the last <c>lookbackDays</c> (90) and still
/// no follow-up by the measure's own rule up to the as-of date. Due when the measure's window
/// ends (screen + <c>windowDays</c>). Open units are left out: the team still has until then.
/// </summary>
internal sealed class MissedFollowUpRule(MeasureContext context, ActionListSettings settings) : IActionRule
{
    private readonly DepressionFollowUp _measure = new(context);

    public ActionItem? Find(PatientTimeline timeline, IReadOnlyList<UnitResult> units)
    {
        var from = timeline.AsOf.AddDays(-settings.LookbackDays);

        // Units come in month order, so the first one found is the most overdue.
        foreach (var unit in units)
        {
            if (unit.MeasureId != DepressionFollowUp.Id || !unit.InDenominator || unit.InNumerator || unit.Pending)
            {
                continue;
            }

            var index = timeline.Screenings.First(s => s.Id == unit.UnitId);
            if (index.Date < from || _measure.IsFollowedUp(timeline, index, timeline.AsOf))
            {
                continue;
            }

            var due = index.Date.AddDays(_measure.WindowDays);
            var detail = string.Create(CultureInfo.InvariantCulture,
                $"Positive {index.Instrument} ({index.Score}) on {index.Date:yyyy-MM-dd}; no BH contact, BH referral or antidepressant fill since. Follow up.");
            return ActionItem.For(ActionReason.MissedFollowUp, timeline, index.ClinicId, index.Date, due, index.Score, detail);
        }

        return null;
    }
}
