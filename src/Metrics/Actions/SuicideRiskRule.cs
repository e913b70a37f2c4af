using System.Globalization;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Actions;

/// <summary>
/// Urgency 1: a PHQ-9 or PHQ-A with item 9 &gt;= 1, however old, with no completed behavioral_health or
/// psychiatric_consult encounter on or after its date (the same day counts): a flag stays listed until
/// someone answers it, and its days open grow. A care-management call is not enough: the flag asks for a
/// clinician's risk assessment. Due on the screen's day.
/// </summary>
internal sealed class SuicideRiskRule(ActionListSettings settings) : IActionRule
{
    public ActionItem? Find(PatientTimeline timeline, IReadOnlyList<UnitResult> units)
    {
        var lastContact = timeline.Encounters.LastOrDefault(settings.AnswersSuicideRisk)?.Date;

        // The earliest flag after the last contact: the later flags are unanswered too, and it is the most overdue.
        var flag = timeline.Screenings.FirstOrDefault(s => s.Date <= timeline.AsOf && settings.IsSuicideRiskFlag(s) && !(lastContact >= s.Date));
        if (flag is null)
        {
            return null;
        }

        var latest = timeline.Screenings.Last(s => s.Date >= flag.Date && s.Date <= timeline.AsOf && settings.IsSuicideRiskFlag(s));
        var open = timeline.AsOf.DayNumber - flag.Date.DayNumber;
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{flag.Instrument} item 9 = {flag.Item9Score} on {flag.Date:yyyy-MM-dd}, open {open} days; no BH or psychiatric contact since. Assess suicide risk now.");
        return ActionItem.For(ActionReason.SuicideRisk, timeline, flag.ClinicId, flag.Date, flag.Date, latest.Score, detail);
    }
}
