using QiPipeline.Metrics.Actions;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Actions.ActionDecks;

namespace QiPipeline.Metrics.Tests.Actions;

/// <summary>
/// Decks for the stepped-care prompt (docs/measures.md, "Action lists"): an index PHQ-9 of 10 or more
/// (depression_response_6m's index, so with a depression diagnosis in the year before) 56 days (8 weeks) or
/// more before 2025-06-30, not improving (no score under 10, none down to 50%), while the response
/// measure's window [d + 6 months - 60, d + 6 months + 60] is still open; a psychiatric consult ends the
/// prompt for 56 days.
/// </summary>
public sealed class SteppedCareTests
{
    [Fact]
    public void Find_IndexTwelveWeeksAgoAndNoScoreSince_ListedWithTheIndexScore()
    {
        var deck = new TimelineBuilder(patientId: "P5").Dx("2025-04-07", "F32.1").Screen("2025-04-07", "PHQ-9", 16, clinic: "S1").Encounter("2025-04-08", "behavioral_health");

        var item = Single(Run(deck), ActionReason.SteppedCare);

        // Due 8 weeks after the index: 2025-04-07 + 56 = 2025-06-02, 28 days before the as-of date.
        Assert.Equal(new ActionItem(ActionReason.SteppedCare, "north", "P5", "S1", D("2025-04-07"), D("2025-06-02"), 28, 16, item.Detail) { LastBhContact = D("2025-04-08") }, item);
        Assert.Contains("re-measure", item.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-05-06", false)] // 55 days before the as-of date
    [InlineData("2025-05-05", true)] // 56 days: 8 weeks, due today
    public void Find_IndexAroundEightWeeks_ListedFromFiftySixDays(string index, bool listed)
    {
        var deck = new TimelineBuilder().Dx(index, "F32.1").Screen(index, "PHQ-A", 12).Refer(index);

        Assert.Equal(listed, Has(Run(deck), ActionReason.SteppedCare));
    }

    [Theory]
    [InlineData(8, false)] // 2 x 8 <= 16: a 50% drop
    [InlineData(9, false)] // under 10
    [InlineData(10, true)] // neither
    public void Find_ScoreSinceTheIndex_ListedOnlyWithoutOneUnderTenOrDownByHalf(int score, bool listed)
    {
        var deck = Depressed().Screen("2025-03-03", "PHQ-9", 16).Fill("2025-03-03", 90).Screen("2025-05-12", "PHQ-9", score);

        Assert.Equal(listed, Has(Run(deck), ActionReason.SteppedCare));
    }

    [Fact]
    public void Find_ImprovedOnceThenWorse_NotListedAsTheRuleAsksForNoImprovementSinceTheIndex()
    {
        var deck = Depressed().Screen("2025-03-03", "PHQ-9", 16).Screen("2025-04-14", "PHQ-9", 6).Screen("2025-06-02", "PHQ-9", 15);

        Assert.False(Has(Run(deck), ActionReason.SteppedCare));
    }

    [Theory]
    [InlineData("2025-05-06", false)] // consult 55 days before the as-of date: ended for now
    [InlineData("2025-05-05", true)] // 56 days: raised again, due today
    public void Find_PsychiatricConsult_EndsThePromptUntilEightWeeksAfterIt(string consult, bool listed)
    {
        var deck = Depressed().Screen("2025-03-03", "PHQ-9", 16).Screen("2025-04-14", "PHQ-9", 15).Encounter(consult, "psychiatric_consult");

        var items = Run(deck);

        Assert.Equal(listed, Has(items, ActionReason.SteppedCare));
        if (listed)
        {
            var item = Single(items, ActionReason.SteppedCare);
            Assert.Equal((D("2025-06-30"), 0, 15), (item.DueDate, item.DaysOverdue, item.LastScore));
            Assert.Contains("consult on 2025-05-05", item.Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Find_ScoreSinceTheIndex_NoReMeasurePrompt()
    {
        var deck = Depressed().Screen("2025-03-03", "PHQ-9", 16).Screen("2025-05-12", "PHQ-9", 14);

        Assert.DoesNotContain("re-measure", Single(Run(deck), ActionReason.SteppedCare).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_TwoScoresOnTheLatestDay_TheLowestCountsAsTheMeasureDoes()
    {
        var deck = Depressed().Screen("2025-03-03", "PHQ-9", 16).Screen("2025-06-02", "PHQ-9", 12).Screen("2025-06-02", "PHQ-A", 7);

        Assert.False(Has(Run(deck), ActionReason.SteppedCare));
    }

    [Theory]
    [InlineData("2024-11-01", false)] // the response window ends 2025-06-30, the as-of date: closed
    [InlineData("2024-11-02", true)] // ends 2025-07-01: still open
    public void Find_IndexWhoseResponseWindowCloses_ListedOnlyWhileItIsOpen(string index, bool listed)
    {
        var deck = new TimelineBuilder().Dx(index, "F32.1").Screen(index, "PHQ-9", 20).Encounter(index, "behavioral_health");

        Assert.Equal(listed, Has(Run(deck), ActionReason.SteppedCare));
    }

    [Theory]
    [InlineData("F20.9", false)]
    [InlineData("F32.1", true)]
    public void Find_ExclusionDiagnosis_ExcludedAsByTheResponseMeasure(string dx, bool listed)
    {
        var deck = Depressed().Dx("2025-05-01", dx).Screen("2025-03-03", "PHQ-9", 16).Encounter("2025-03-03", "behavioral_health");

        Assert.Equal(listed, Has(Run(deck), ActionReason.SteppedCare));
    }

    [Fact]
    public void Find_IndexBelowTen_NoPrompt()
    {
        var deck = Depressed().Screen("2025-03-03", "PHQ-9", 9);

        Assert.Empty(Run(deck));
    }

    [Theory]
    [InlineData(null, false)] // no depression diagnosis: no index event of the response measure
    [InlineData("2024-03-03", true)] // index - 365
    [InlineData("2024-03-02", false)] // index - 366
    public void Find_DepressionDiagnosis_PromptOnlyForAnIndexEventOfTheResponseMeasure(string? dx, bool listed)
    {
        var deck = (dx is null ? new TimelineBuilder() : new TimelineBuilder().Dx(dx, "F32.1"))
            .Screen("2025-03-03", "PHQ-9", 16).Encounter("2025-03-03", "behavioral_health");

        Assert.Equal(listed, Has(Run(deck), ActionReason.SteppedCare));
    }

    /// <summary>A patient with depression (F32.1) diagnosed on 2025-03-03, the usual index day.</summary>
    private static TimelineBuilder Depressed() => new TimelineBuilder().Dx("2025-03-03", "F32.1");
}
