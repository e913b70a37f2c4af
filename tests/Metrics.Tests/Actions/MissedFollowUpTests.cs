using QiPipeline.Metrics.Actions;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Actions.ActionDecks;

namespace QiPipeline.Metrics.Tests.Actions;

/// <summary>
/// Decks for positive screens without follow-up (docs/measures.md, "Action lists"): listed once the
/// depression_followup window (30 days) has closed unmet, for screens in the 90 days up to 2025-06-30.
/// </summary>
public sealed class MissedFollowUpTests
{
    [Fact]
    public void Find_PositiveScreenWhoseWindowClosedUnmet_ListedFromTheWindowEnd()
    {
        var deck = new TimelineBuilder(patientId: "P3").Screen("2025-05-20", "PHQ-9", 14, clinic: "S2");

        var item = Single(Run(deck), ActionReason.MissedFollowUp);

        Assert.Equal(new ActionItem(ActionReason.MissedFollowUp, "north", "P3", "S2", D("2025-05-20"), D("2025-06-19"), 11, 14, item.Detail), item);
    }

    [Theory]
    [InlineData("2025-05-31", true)] // window end 2025-06-30, the as-of date: closed, due today
    [InlineData("2025-06-01", false)] // window still open until 2025-07-01
    [InlineData("2025-04-01", true)] // 90 days before the as-of date
    [InlineData("2025-03-31", false)] // 91 days
    public void Find_ScreenDate_ListedOnlyWhenTheWindowClosedWithinTheLookback(string screen, bool listed)
    {
        var deck = new TimelineBuilder().Screen(screen, "PHQ-2", 4);

        Assert.Equal(listed, Has(Run(deck), ActionReason.MissedFollowUp));
    }

    [Theory]
    [InlineData("2025-05-19", false)] // a contact the day before the screen is no follow-up
    [InlineData("2025-05-20", true)]
    [InlineData("2025-06-25", true)] // late, after the window: the team has acted
    public void Find_BhContact_AnyFollowUpOnOrAfterTheScreenTakesThePatientOff(string contact, bool followedUp)
    {
        var deck = new TimelineBuilder().Encounter(contact, "care_management").Screen("2025-05-20", "EPDS", 13);

        Assert.Equal(!followedUp, Has(Run(deck), ActionReason.MissedFollowUp));
    }

    // v2 (DSF-E): only a negative PHQ-9/PHQ-A dated the PHQ-2's day follows it up; a later one does not.
    [Theory]
    [InlineData("2025-05-02", false)]
    [InlineData("2025-05-09", true)]
    public void Find_PositivePhq2ThenNegativePhq9_OnlyASameDayRescreenIsAFollowUp(string rescreen, bool listed)
    {
        var deck = new TimelineBuilder().Screen("2025-05-02", "PHQ-2", 3).Screen(rescreen, "PHQ-9", 6);

        Assert.Equal(listed, Has(Run(deck), ActionReason.MissedFollowUp));
    }

    [Fact]
    public void Find_BipolarPatient_ExcludedAsByTheMeasure()
    {
        var deck = new TimelineBuilder().Dx("2024-02-01", "F31.81").Screen("2025-05-20", "PHQ-9", 14);

        Assert.False(Has(Run(deck), ActionReason.MissedFollowUp));
    }

    [Fact]
    public void Find_TwoMonthsWithMissedFollowUps_OneItemForTheOlderScreen()
    {
        var deck = new TimelineBuilder().Screen("2025-04-10", "PHQ-9", 11).Screen("2025-05-12", "PHQ-9", 17);

        var item = Single(Run(deck), ActionReason.MissedFollowUp);

        Assert.Equal((D("2025-04-10"), D("2025-05-10"), 51, 11), (item.IndexDate, item.DueDate, item.DaysOverdue, item.LastScore));
    }

    [Fact]
    public void Find_NegativeScreen_NotListed()
    {
        var deck = new TimelineBuilder().Screen("2025-05-20", "PHQ-9", 9);

        Assert.Empty(Run(deck));
    }
}
