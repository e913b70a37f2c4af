using QiPipeline.Metrics.Actions;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Actions.ActionDecks;

namespace QiPipeline.Metrics.Tests.Actions;

/// <summary>Decks for BH referrals not engaged after 14 days (docs/measures.md, "Action lists"), as of 2025-06-30.</summary>
public sealed class UnengagedReferralTests
{
    [Fact]
    public void Find_ReferralTwentyDaysAgoWithoutContact_ListedFromDayFourteen()
    {
        var deck = new TimelineBuilder(patientId: "P9").Refer("2025-06-10", "psychiatry", clinic: "S1");

        var item = Single(Run(deck), ActionReason.UnengagedReferral);

        Assert.Equal(new ActionItem(ActionReason.UnengagedReferral, "north", "P9", "S1", D("2025-06-10"), D("2025-06-24"), 6, null, item.Detail), item);
    }

    [Theory]
    [InlineData("2025-06-17", false)] // 13 days before the as-of date
    [InlineData("2025-06-16", true)] // 14 days: due today
    [InlineData("2025-04-01", true)] // 90 days: the measure's unit closed unmet, still not engaged
    [InlineData("2025-03-31", false)] // 91 days
    public void Find_ReferralDate_ListedFromFourteenDaysWithinTheLookback(string referral, bool listed)
    {
        var deck = new TimelineBuilder().Refer(referral);

        Assert.Equal(listed, Has(Run(deck), ActionReason.UnengagedReferral));
    }

    [Theory]
    [InlineData("2025-05-31", "completed", true)] // the day before the referral
    [InlineData("2025-06-01", "completed", false)] // the referral day
    [InlineData("2025-06-29", "completed", false)]
    [InlineData("2025-06-29", "no_show", true)]
    public void Find_BhContactAroundTheReferral_EngagedOnlyOnOrAfterIt(string contact, string status, bool listed)
    {
        var deck = new TimelineBuilder().Encounter(contact, "behavioral_health", status: status).Refer("2025-06-01");

        Assert.Equal(listed, Has(Run(deck), ActionReason.UnengagedReferral));
    }

    [Fact]
    public void Find_ContactAfterTheMeasuresThirtyDays_TheLateEngagementTakesThePatientOff()
    {
        var deck = new TimelineBuilder().Refer("2025-04-15").Encounter("2025-06-01", "psychiatric_consult");

        Assert.False(Has(Run(deck), ActionReason.UnengagedReferral));
    }

    [Fact]
    public void Find_ReferralOutsideBh_NotListed()
    {
        var deck = new TimelineBuilder().Refer("2025-06-01", "cardiology");

        Assert.Empty(Run(deck));
    }

    [Fact]
    public void Find_ReferralDaysConfiguredAsSeven_ListedAfterSevenDays()
    {
        var deck = new TimelineBuilder().Refer("2025-06-23");

        Assert.Equal(0, Single(Run(deck, "action_lists.referralDays=7"), ActionReason.UnengagedReferral).DaysOverdue);
    }
}
