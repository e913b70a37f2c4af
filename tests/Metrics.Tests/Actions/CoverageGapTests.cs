using QiPipeline.Metrics.Actions;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Actions.ActionDecks;

namespace QiPipeline.Metrics.Tests.Actions;

/// <summary>
/// Decks for antidepressant coverage gaps (docs/measures.md, "Action lists"): in the [d, d + 231] window of an
/// antidepressant_continuation episode, supply that ran out more than 7 days before 2025-06-30.
/// Every deck has a PC visit at N1 and a major depression dx on the first fill's day, so the patient
/// is attributed and the adherence units exist.
/// </summary>
public sealed class CoverageGapTests
{
    [Fact]
    public void Find_ThirtyDaysFilledOnTheFirstOfMay_RanOutOnTheThirtyFirstListedAWeekLater()
    {
        var deck = Patient("2025-05-01", "P4").Fill("2025-05-01", 30, "fluoxetine");

        var item = Single(Run(deck), ActionReason.CoverageGap);

        Assert.Equal(new ActionItem(ActionReason.CoverageGap, "north", "P4", "N1", D("2025-05-01"), D("2025-06-07"), 23, null, item.Detail), item);
        Assert.Contains("ran out 2025-05-31", item.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-05-24", false)] // runs out 2025-06-23, 7 days before the as-of date
    [InlineData("2025-05-23", true)] // runs out 2025-06-22, 8 days before
    public void Find_SupplyRunOutAroundTheGrace_ListedWhenMoreThanSevenDaysAgo(string fill, bool listed)
    {
        var deck = Patient("2025-03-01").Fill("2025-03-01", 30).Fill(fill, 30);

        Assert.Equal(listed, Has(Run(deck), ActionReason.CoverageGap));
    }

    [Fact]
    public void Find_EarlyRefillOfTheSameDrug_CarriedForwardSoNoGap()
    {
        // Alone, the 2025-05-20 fill would run out on 2025-06-19; carried forward it covers to 2025-06-29.
        var deck = Patient("2025-05-01").Fill("2025-05-01", 30).Fill("2025-05-20", 30);

        Assert.False(Has(Run(deck), ActionReason.CoverageGap));
    }

    // v2 (HEDIS AMM): the continuation window is [d, d + 231] (v1: d + 230).
    [Theory]
    [InlineData("2024-11-11", true)] // index + 231 days = 2025-06-30, the as-of date: the window's last day
    [InlineData("2024-11-10", false)] // index + 231 days = 2025-06-29: the episode is over
    public void Find_EpisodeWindow_ListedOnlyWhileTheContinuationWindowRuns(string index, bool listed)
    {
        var deck = Patient(index).Fill(index, 30);

        Assert.Equal(listed, Has(Run(deck), ActionReason.CoverageGap));
    }

    [Fact]
    public void Find_UnderEighteen_NoEpisodeSoNoGap()
    {
        var deck = new TimelineBuilder(birth: "2010-01-01").Pc("2024-06-15").Dx("2025-05-01", "F32.1").Fill("2025-05-01", 30);

        Assert.Empty(Run(deck));
    }

    [Fact]
    public void Find_UnattributedPatient_NoEpisodeSoNoGap()
    {
        var deck = new TimelineBuilder().Dx("2025-05-01", "F32.1").Fill("2025-05-01", 30);

        Assert.Empty(Run(deck));
    }

    [Fact]
    public void Find_NoMajorDepressionDx_NoEpisodeSoNoGap()
    {
        // v2 (HEDIS AMM): the episode needs major depression around the index fill; dysthymia is not.
        var deck = new TimelineBuilder().Pc("2024-06-15").Dx("2025-05-01", "F34.1").Fill("2025-05-01", 30);

        Assert.Empty(Run(deck));
    }

    private static TimelineBuilder Patient(string diagnosed, string id = "P1") =>
        new TimelineBuilder(patientId: id).Pc("2024-06-15").Dx(diagnosed, "F32.1");
}
