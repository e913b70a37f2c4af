using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>
/// Test decks for <c>gad7_response_6m</c> and <c>gad7_remission_6m</c> (docs/measures.md, "Anxiety
/// outcomes"): the depression outcome rule on the GAD-7, no diagnosis needed, bipolar and psychotic
/// exclusions. The usual index is a GAD-7 of 16 on 2024-01-10 at N2: the window is [2024-05-11, 2024-09-08].
/// </summary>
public sealed class AnxietyOutcomesTests
{
    private const string Response = "gad7_response_6m";
    private const string Remission = "gad7_remission_6m";
    private const string Final = "2025-06-30";

    [Fact]
    public void MeasureIds_ResponseThenRemission()
    {
        Assert.Equal([Response, Remission], new AnxietyOutcomes(For(Final, "2024-01", "2024-01")).MeasureIds);
    }

    [Fact]
    public void Evaluate_IndexWithoutAnyDiagnosisAndRemission_BothMetOnTheIndexScreening()
    {
        var results = Run(Index().Screen("2024-07-10", "GAD-7", 4));

        Assert.Equal(new UnitResult(Response, "N2", M("2024-01"), "P1", "S1", true, false, true, false, 1), Unit(results, Response));
        Assert.Equal(new UnitResult(Remission, "N2", M("2024-01"), "P1", "S1", true, false, true, false, 1), Unit(results, Remission));
    }

    [Theory]
    [InlineData(16, 8, true)]
    [InlineData(16, 9, false)]
    [InlineData(15, 7, true)]
    [InlineData(15, 8, false)]
    public void Evaluate_FollowUpAroundHalfTheIndexScore_ResponseWhenTwiceItIsAtMostTheIndex(int index, int followUp, bool met)
    {
        var deck = new TimelineBuilder().Screen("2024-01-10", "GAD-7", index).Screen("2024-07-10", "GAD-7", followUp);

        Assert.Equal(met, Unit(Run(deck), Response).InNumerator);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Evaluate_FollowUpAroundFive_RemissionBelowFive(int followUp, bool met)
    {
        Assert.Equal(met, Unit(Run(Index().Screen("2024-07-10", "GAD-7", followUp)), Remission).InNumerator);
    }

    [Theory]
    [InlineData("2024-05-10", false)]
    [InlineData("2024-05-11", true)]
    [InlineData("2024-09-08", true)]
    [InlineData("2024-09-09", false)]
    public void Evaluate_ScoreAtTheWindowEdges_CountsOnlyInside(string date, bool inside)
    {
        var results = Run(Index().Screen(date, "GAD-7", 2));

        Assert.Equal(inside, Unit(results, Response).InNumerator);
        Assert.Equal(inside, Unit(results, Remission).InNumerator);
    }

    [Theory]
    [InlineData("GAD-7", 9, 0)]
    [InlineData("GAD-7", 10, 2)]
    [InlineData("PHQ-9", 20, 0)]
    [InlineData("GAD-2", 6, 0)]
    public void Evaluate_ScoreOfAnInstrument_OnlyAGad7Of10OrMoreIsAnIndex(string instrument, int score, int units)
    {
        Assert.Equal(units, Run(new TimelineBuilder().Screen("2024-01-10", instrument, score)).Count);
    }

    [Fact]
    public void Evaluate_FollowUpPhq9_DoesNotCount()
    {
        var results = Run(Index().Screen("2024-07-10", "PHQ-9", 1));

        Assert.False(Unit(results, Remission).InNumerator);
    }

    [Theory]
    [InlineData("2012-01-10", true)]
    [InlineData("2012-01-11", false)]
    public void Evaluate_IndexAroundTheTwelfthBirthday_UnitFromAge12(string birth, bool unit)
    {
        var deck = new TimelineBuilder(birth: birth).Screen("2024-01-10", "GAD-7", 15);

        Assert.Equal(unit ? 2 : 0, Run(deck).Count);
    }

    [Theory]
    [InlineData("2025-01-09", false)] // 365 days after the first index event
    [InlineData("2025-01-10", true)] // 366 days
    public void Evaluate_HighScoreAroundAYearAfterTheIndex_NewIndexFrom366Days(string date, bool index)
    {
        var deck = new TimelineBuilder().Screen("2024-01-10", "GAD-7", 15).Screen("2024-06-01", "GAD-7", 15).Screen(date, "GAD-7", 15);

        var results = Run(deck, Final, "2024-01", "2025-12");

        Assert.Equal(index ? ["S1", "S3"] : ["S1"], results.Where(r => r.MeasureId == Response).Select(r => r.UnitId));
    }

    [Theory]
    [InlineData("F31.0", "2024-09-08", true)]
    [InlineData("F31.0", "2024-09-09", false)]
    [InlineData("F23", "2024-02-01", true)]
    [InlineData("F60.3", "2024-02-01", false)]
    [InlineData("F84.0", "2024-02-01", false)]
    [InlineData("F41.1", "2024-02-01", false)]
    public void Evaluate_DiagnosisAroundTheWindowEnd_OnlyBipolarOrPsychoticOnOrBeforeItExcludes(string code, string date, bool excluded)
    {
        var results = Run(Index().Screen("2024-07-10", "GAD-7", 2).Dx(date, code));

        Assert.All(results, r => Assert.Equal(excluded, r.Excluded));
        Assert.All(results, r => Assert.Equal(!excluded, r.InNumerator));
    }

    [Theory]
    [InlineData("2024-09-08", true)]
    [InlineData("2024-09-09", false)]
    public void Evaluate_DeathAroundTheWindowEnd_ExcludedWhenOnOrBeforeIt(string death, bool excluded)
    {
        var results = Run(Index(death: death).Screen("2024-07-10", "GAD-7", 2));

        Assert.All(results, r => Assert.Equal(excluded, r.Excluded));
    }

    [Theory]
    [InlineData("2024-09-07", true)]
    [InlineData("2024-09-08", false)]
    public void Evaluate_RemissionScoreAsOfAroundTheWindowEnd_MetAndPendingUntilTheEnd(string asOf, bool pending)
    {
        var results = Run(Index().Screen("2024-06-01", "GAD-7", 3), asOf);

        Assert.All(results, r => Assert.True(r.InNumerator));
        Assert.All(results, r => Assert.Equal(pending, r.Pending));
    }

    [Fact]
    public void Evaluate_NoScoreInTheWindowAfterItCloses_Fails()
    {
        var results = Run(Index().Screen("2024-03-01", "GAD-7", 2));

        Assert.All(results, r => Assert.Equal((true, false, false), (r.InDenominator, r.InNumerator, r.Pending)));
    }

    private static TimelineBuilder Index(string? death = null) =>
        new TimelineBuilder(death: death).Screen("2024-01-10", "GAD-7", 16, clinic: "N2");

    private static List<UnitResult> Run(TimelineBuilder deck, string asOf = Final, string from = "2024-01", string to = "2024-01")
    {
        var results = new List<UnitResult>();
        new AnxietyOutcomes(For(asOf, from, to)).Evaluate(deck.AsOf(asOf), results);
        return results;
    }

    private static UnitResult Unit(List<UnitResult> results, string measure) => Assert.Single(results, r => r.MeasureId == measure);
}
