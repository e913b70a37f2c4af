using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>
/// Test decks for <c>psych_consult_nonimprovers</c> (docs/measures.md, "Stepped care"). The usual
/// index is a PHQ-9 of 16 on 2024-01-10 at N2 with a depression diagnosis the same day: day 56 is
/// 2024-03-06 (the unit's month is 2024-03), day 84 is 2024-04-03.
/// </summary>
public sealed class PsychConsultNonImproversTests
{
    private const string Measure = "psych_consult_nonimprovers";
    private const string Final = "2025-06-30";

    [Fact]
    public void MeasureIds_TheOneMeasure()
    {
        Assert.Equal([Measure], new SteppedCare(For(Final, "2024-03", "2024-03")).MeasureIds);
    }

    [Fact]
    public void Evaluate_NoScoreAfterTheIndexAndAConsult_MetInTheMonthOfDay56()
    {
        var deck = Index().Encounter("2024-03-20", "psychiatric_consult");

        var unit = Assert.Single(Run(deck));

        Assert.Equal(new UnitResult(Measure, "N2", M("2024-03"), "P1", "S1", true, false, true, false, 1), unit);
    }

    [Theory]
    [InlineData("2024-03-06", 9, false)] // day 56, below 10: improved, no unit
    [InlineData("2024-03-07", 9, true)] // day 57: too late to count as improvement
    [InlineData("2024-03-06", 10, true)] // 10 is not below 10, and 2 x 10 > 16
    [InlineData("2024-01-11", 8, false)] // day 1: 2 x 8 <= 16
    public void Evaluate_ScoreAroundDay56_AnImprovementByThenLeavesNoUnit(string date, int score, bool unit)
    {
        var deck = Index().Screen(date, "PHQ-A", score);

        Assert.Equal(unit, Run(deck).Count == 1);
    }

    [Theory]
    [InlineData(22, 11, false)] // 2 x 11 <= 22: a response although not below 10
    [InlineData(22, 12, true)]
    public void Evaluate_ScoreAroundHalfAHighIndex_AResponseIsAnImprovement(int index, int score, bool unit)
    {
        var deck = new TimelineBuilder().Dx("2024-01-10", "F32.1").Screen("2024-01-10", "PHQ-9", index).Screen("2024-02-20", "PHQ-9", score);

        Assert.Equal(unit, Run(deck).Count == 1);
    }

    [Fact]
    public void Evaluate_LowScoreOnTheIndexDay_NotAnImprovement()
    {
        var deck = Index().Screen("2024-01-10", "PHQ-9", 4);

        Assert.Equal("S1", Assert.Single(Run(deck)).UnitId);
    }

    [Theory]
    [InlineData("2024-01-10", false)] // day d: the consult must come after the index
    [InlineData("2024-01-11", true)] // d + 1
    [InlineData("2024-04-03", true)] // d + 84
    [InlineData("2024-04-04", false)] // d + 85
    public void Evaluate_ConsultAroundTheWindow_MetOnlyFromDayOneToDay84(string date, bool met)
    {
        var unit = Assert.Single(Run(Index().Encounter(date, "psychiatric_consult")));

        Assert.Equal(met, unit.InNumerator);
        Assert.False(unit.Pending);
    }

    [Theory]
    [InlineData("psychiatric_consult", "no_show", false)]
    [InlineData("behavioral_health", "completed", false)]
    [InlineData("care_management", "completed", false)]
    [InlineData("psychiatric_consult", "completed", true)]
    public void Evaluate_EncounterTypeAndStatus_OnlyACompletedPsychiatricConsultMeets(string type, string status, bool met)
    {
        var deck = Index().Encounter("2024-03-20", type, status: status);

        Assert.Equal(met, Assert.Single(Run(deck)).InNumerator);
    }

    [Theory]
    [InlineData("2024-03-05", false)] // d + 55
    [InlineData("2024-03-06", true)] // d + 56
    public void Evaluate_AsOfAroundDay56_TheUnitExistsOnlyFromDay56(string asOf, bool exists)
    {
        Assert.Equal(exists, Run(Index(), asOf).Count == 1);
    }

    [Theory]
    [InlineData("2024-04-02", true)]
    [InlineData("2024-04-03", false)]
    public void Evaluate_NoConsultAsOfAroundDay84_PendingUntilDay84ThenFails(string asOf, bool pending)
    {
        var unit = Assert.Single(Run(Index(), asOf));

        Assert.Equal((true, false, pending), (unit.InDenominator, unit.InNumerator, unit.Pending));
    }

    [Fact]
    public void Evaluate_ConsultBeforeDay84_MetAndFinalAtOnce()
    {
        var unit = Assert.Single(Run(Index().Encounter("2024-03-01", "psychiatric_consult"), "2024-03-10"));

        Assert.Equal((true, false), (unit.InNumerator, unit.Pending));
    }

    [Theory]
    [InlineData("2024-03-05", 0, false)] // dead before day 56: no unit
    [InlineData("2024-03-06", 1, true)] // alive on day 56, dead by day 84: excluded
    [InlineData("2024-04-03", 1, true)]
    [InlineData("2024-04-04", 1, false)]
    public void Evaluate_DeathAroundDays56And84_NoUnitBeforeDay56ExcludedUpToDay84(string death, int units, bool excluded)
    {
        var results = Run(Index(death: death));

        Assert.Equal(units, results.Count);
        Assert.All(results, r => Assert.Equal((excluded, !excluded), (r.Excluded, r.InDenominator)));
    }

    [Theory]
    [InlineData("F31.0", "2024-04-03", true)]
    [InlineData("F31.0", "2024-04-04", false)]
    [InlineData("F60.3", "2024-02-01", true)]
    [InlineData("F60.2", "2024-02-01", false)] // only F60.3 of F60
    [InlineData("F20.9", "2024-02-01", true)]
    [InlineData("F84.0", "2024-02-01", true)]
    public void Evaluate_ExclusionDiagnosisAroundDay84_ExcludedWhenOnOrBeforeIt(string code, string date, bool excluded)
    {
        var unit = Assert.Single(Run(Index().Dx(date, code).Encounter("2024-03-20", "psychiatric_consult")));

        Assert.Equal((excluded, !excluded, !excluded), (unit.Excluded, unit.InDenominator, unit.InNumerator));
    }

    [Theory]
    [InlineData("2023-01-10", true)] // d - 365
    [InlineData("2023-01-09", false)] // d - 366
    public void Evaluate_DiagnosisAroundTheYearBeforeTheIndex_UnitOnlyForADepressionIndexEvent(string dx, bool unit)
    {
        var deck = new TimelineBuilder().Dx(dx, "F32.1").Screen("2024-01-10", "PHQ-9", 16);

        Assert.Equal(unit, Run(deck).Count == 1);
    }

    [Fact]
    public void Evaluate_RequireDiagnosisFalse_UnitWithoutADiagnosis()
    {
        var deck = new TimelineBuilder().Screen("2024-01-10", "PHQ-9", 16);

        Assert.Single(Run(deck, Final, "2024-03", "2024-03", $"{Measure}.requireDiagnosis=false"));
    }

    [Fact]
    public void Evaluate_Day56InAMonthNotReported_NoUnit()
    {
        Assert.Empty(Run(Index(), Final, "2024-01", "2024-02"));
    }

    [Fact]
    public void Evaluate_GadSevenOrPhqTwo_NeitherIndexNorImprovement()
    {
        var deck = Index().Screen("2024-02-01", "GAD-7", 2).Screen("2024-02-01", "PHQ-2", 0).Dx("2024-05-01", "F32.1").Screen("2024-05-01", "GAD-7", 18);

        Assert.Equal("S1", Assert.Single(Run(deck, Final, "2024-01", "2024-12")).UnitId);
    }

    private static TimelineBuilder Index(string? death = null) =>
        new TimelineBuilder(death: death).Dx("2024-01-10", "F32.1").Screen("2024-01-10", "PHQ-9", 16, clinic: "N2");

    private static List<UnitResult> Run(TimelineBuilder deck, string asOf = Final, string from = "2024-03", string to = "2024-03", params string[] overrides)
    {
        var results = new List<UnitResult>();
        new SteppedCare(For(asOf, from, to, overrides)).Evaluate(deck.AsOf(asOf), results);
        return results;
    }
}
