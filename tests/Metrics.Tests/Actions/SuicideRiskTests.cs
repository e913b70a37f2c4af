using QiPipeline.Metrics.Actions;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Actions.ActionDecks;

namespace QiPipeline.Metrics.Tests.Actions;

/// <summary>Decks for the item 9 flag (docs/measures.md, "Action lists"); as of 2025-06-30, the 30 days start 2025-05-31.</summary>
public sealed class SuicideRiskTests
{
    [Fact]
    public void Find_FlagTwentyDaysAgoWithoutContact_ListedFromTheScreenDay()
    {
        var deck = new TimelineBuilder(patientId: "P7").Screen("2025-06-10", "PHQ-9", 18, item9: 2, clinic: "S1");

        var item = Single(Run(deck), ActionReason.SuicideRisk);

        Assert.Equal(new ActionItem(ActionReason.SuicideRisk, "north", "P7", "S1", D("2025-06-10"), D("2025-06-10"), 20, 18, item.Detail), item);
        Assert.Contains("item 9 = 2 on 2025-06-10", item.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-06-01", true)] // 29 days before the as-of date
    [InlineData("2025-05-31", true)] // 30 days: the as-of date's 30 days include it
    [InlineData("2025-05-30", false)] // 31 days
    [InlineData("2025-06-30", true)] // on the as-of date
    public void Find_FlagAroundThirtyDays_ListedOnlyInside(string screen, bool listed)
    {
        var deck = new TimelineBuilder().Screen(screen, "PHQ-A", 12, item9: 1);

        Assert.Equal(listed, Has(Run(deck), ActionReason.SuicideRisk));
    }

    [Theory]
    [InlineData("2025-06-09", "behavioral_health", "completed", true)] // the day before the screen
    [InlineData("2025-06-10", "behavioral_health", "completed", false)] // the same day counts
    [InlineData("2025-06-20", "psychiatric_consult", "completed", false)]
    [InlineData("2025-06-20", "behavioral_health", "no_show", true)]
    [InlineData("2025-06-20", "care_management", "completed", true)] // a care manager's call is no risk assessment
    [InlineData("2025-06-20", "primary_care", "completed", true)]
    public void Find_EncounterAroundTheFlag_OnlyACompletedBhOrPsychiatricContactOnOrAfterItAnswers(string date, string type, string status, bool listed)
    {
        var deck = new TimelineBuilder().Screen("2025-06-10", "PHQ-9", 15, item9: 1).Encounter(date, type, status: status);

        Assert.Equal(listed, Has(Run(deck), ActionReason.SuicideRisk));
    }

    [Theory]
    [InlineData("PHQ-9", 0, false)]
    [InlineData("PHQ-9", null, false)]
    [InlineData("PHQ-9", 3, true)]
    [InlineData("PHQ-2", 1, false)] // no item 9 on a PHQ-2: the field is not read
    public void Find_Item9Value_FlagWhenOneOrMoreOnPhq9OrPhqA(string instrument, int? item9, bool listed)
    {
        var deck = new TimelineBuilder().Screen("2025-06-10", instrument, 5, item9: item9);

        Assert.Equal(listed, Has(Run(deck), ActionReason.SuicideRisk));
    }

    [Fact]
    public void Find_FlagsBeforeAndAfterAContact_TheFirstUnansweredFlagGivesTheDatesAndTheLatestItsScore()
    {
        var deck = new TimelineBuilder()
            .Screen("2025-06-02", "PHQ-9", 20, item9: 3).Encounter("2025-06-03", "behavioral_health")
            .Screen("2025-06-12", "PHQ-9", 14, item9: 1).Screen("2025-06-25", "PHQ-9", 11, item9: 1);

        var item = Single(Run(deck), ActionReason.SuicideRisk);

        Assert.Equal((D("2025-06-12"), 18, 11), (item.IndexDate, item.DaysOverdue, item.LastScore));
    }

    [Fact]
    public void Find_ThirtyDaysConfiguredAsSeven_AFlagEightDaysAgoIsNotListed()
    {
        var deck = new TimelineBuilder().Screen("2025-06-22", "PHQ-9", 12, item9: 1);

        Assert.Empty(Run(deck, "action_lists.suicideRiskDays=7"));
    }
}
