using QiPipeline.Metrics.Actions;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Actions.ActionDecks;

namespace QiPipeline.Metrics.Tests.Actions;

/// <summary>Decks for the item 9 flag (docs/measures.md, "Action lists"), as of 2025-06-30: listed until answered, however old.</summary>
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
    [InlineData("2025-06-30", 0)] // on the as-of date
    [InlineData("2025-05-20", 41)] // past the old 30 days: still unanswered, still listed
    [InlineData("2024-12-30", 182)]
    public void Find_UnansweredFlagOfAnyAge_ListedWithItsDaysOpen(string screen, int open)
    {
        var deck = new TimelineBuilder().Screen(screen, "PHQ-A", 12, item9: 1);

        var item = Single(Run(deck), ActionReason.SuicideRisk);

        Assert.Equal(open, item.DaysOverdue);
        Assert.Contains($"open {open} days", item.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_FlagFortyDaysAgoAnsweredTwentyDaysLater_NotListed()
    {
        var deck = new TimelineBuilder().Screen("2025-05-21", "PHQ-9", 14, item9: 1).Encounter("2025-06-10", "psychiatric_consult");

        Assert.False(Has(Run(deck), ActionReason.SuicideRisk));
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
    public void Find_UnansweredFlagAfterFortyDays_StillListed()
    {
        // The case: a flag 40 days old that nobody answered used to drop off after 30 days.
        var deck = new TimelineBuilder().Screen("2025-05-21", "PHQ-9", 12, item9: 1).Encounter("2025-06-01", "care_management");

        Assert.Equal(40, Single(Run(deck), ActionReason.SuicideRisk).DaysOverdue);
    }
}
