using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>Test decks for <c>satisfaction_top_box</c> (docs/measures.md "Patient experience").</summary>
public sealed class PatientExperienceTests
{
    private const string Id = "satisfaction_top_box";

    [Fact]
    public void Evaluate_ScoreEqualToMax_TopBoxUnitWithTheSurveysClinicAndId()
    {
        var deck = new TimelineBuilder().Survey("2025-03-10", 5, max: 5, clinic: "S1", id: "Q9");

        var unit = Assert.Single(Run(deck));

        Assert.Equal(new UnitResult(Id, "S1", M("2025-03"), "P1", "Q9", true, false, true, false, 1), unit);
    }

    // v2 (CAHPS top box): score >= 9 when max_score = 10, otherwise score = max_score;
    // v1 counted only 10 of 10.
    [Theory]
    [InlineData(8, 10, false)]
    [InlineData(9, 10, true)]
    [InlineData(10, 10, true)]
    [InlineData(0, 10, false)]
    [InlineData(4, 5, false)]
    [InlineData(5, 5, true)]
    [InlineData(0, 5, false)]
    [InlineData(8, 9, false)]
    [InlineData(9, 9, true)]
    [InlineData(10, 11, false)]
    [InlineData(11, 11, true)]
    public void Evaluate_Score_TopBoxFrom9OfTenElseOnlyAtTheMaxScore(int score, int max, bool met)
    {
        var deck = new TimelineBuilder().Survey("2025-03-10", score, max: max);

        var unit = Assert.Single(Run(deck));

        Assert.True(unit.InDenominator);
        Assert.Equal(met, unit.InNumerator);
        Assert.False(unit.Pending);
    }

    [Fact]
    public void Evaluate_SurveyWithoutAScore_NoUnit()
    {
        var deck = new TimelineBuilder().Survey("2025-03-10", null);

        Assert.Empty(Run(deck));
    }

    [Fact]
    public void Evaluate_SeveralSurveys_OneUnitEachInReportedMonthsOnly()
    {
        var deck = new TimelineBuilder().Survey("2024-12-31", 5).Survey("2025-01-01", 5).Survey("2025-01-31", 3).Survey("2026-01-01", 5);

        var units = Run(deck, asOf: "2026-06-30");

        Assert.Equal([("2025-01", "Q2", true), ("2025-01", "Q3", false)], units.Select(u => (u.Period.ToString(), u.UnitId, u.InNumerator)));
    }

    [Fact]
    public void Evaluate_SurveyAfterTheAsOfDate_NoUnit()
    {
        var deck = new TimelineBuilder().Survey("2025-03-11", 5);

        Assert.Empty(Run(deck, asOf: "2025-03-10"));
    }

    private static List<UnitResult> Run(TimelineBuilder deck, string asOf = "2025-12-31")
    {
        var results = new List<UnitResult>();
        new PatientExperience(For(asOf, "2025-01", "2025-12")).Evaluate(deck.AsOf(asOf), results);
        return results;
    }
}
