using System.Globalization;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Actions;

/// <summary>
/// Urgency 3: a <c>referral_engagement</c> unit not met whose referral is dated on or before
/// as-of - <c>referralDays</c> (14) and in the last <c>lookbackDays</c> (90), with no BH contact on
/// or after the referral up to the as-of date (the measure's engagement rule, its window stretched
/// to the as-of date). Due on referral + <c>referralDays</c>.
/// </summary>
internal sealed class UnengagedReferralRule(ActionListSettings settings) : IActionRule
{
    public ActionItem? Find(PatientTimeline timeline, IReadOnlyList<UnitResult> units)
    {
        var from = timeline.AsOf.AddDays(-settings.LookbackDays);
        foreach (var unit in units)
        {
            if (unit.MeasureId != ReferralEngagement.EngagementId || !unit.InDenominator || unit.InNumerator)
            {
                continue;
            }

            var referral = timeline.Referrals.First(r => r.Id == unit.UnitId);
            var due = referral.Date.AddDays(settings.ReferralDays);
            if (referral.Date < from || timeline.AsOf < due || ReferralEngagement.FirstContact(timeline, referral, timeline.AsOf) is not null)
            {
                continue;
            }

            var detail = string.Create(CultureInfo.InvariantCulture,
                $"Referred to {referral.Service.Replace('_', ' ')} on {referral.Date:yyyy-MM-dd}; no BH contact since. Reach out and book the first visit.");
            return ActionItem.For(ActionReason.UnengagedReferral, timeline, referral.ClinicId, referral.Date, due, null, detail);
        }

        return null;
    }
}
