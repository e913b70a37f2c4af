using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>
/// Test decks for the depression outcome measures (docs/measures.md, "Depression outcomes"). The usual
/// index is a PHQ-9 of 15 on 2024-01-10 with a depression diagnosis (F32.1) the same day: the
/// 6-month window is [2024-05-11, 2024-09-08], the 12-month window [2024-11-11, 2025-03-11].
/// <c>phq9_utilization</c>, in the same family, has its own decks (<see cref="Phq9UtilizationTests"/>).
/// </summary>
public sealed class DepressionOutcomesTests
{
    private const string FollowUp = "phq9_followup_6m";
    private const string Response = "depression_response_6m";
    private const string Remission = "depression_remission_6m";
    private const string Remission12 = "depression_remission_12m";
    private const string Utilization = "phq9_utilization";
    private const string Final = "2025-06-30";

    [Fact]
    public void MeasureIds_TheFourOutcomeMeasuresThenUtilization_InReportOrder()
    {
        var family = new DepressionOutcomes(For(Final, "2024-01", "2024-01"));

        Assert.Equal([FollowUp, Response, Remission, Remission12, Utilization], family.MeasureIds);
    }

    [Fact]
    public void Evaluate_IndexWithRemissionAtSixAndTwelveMonths_EveryMeasureMetOnTheIndexScreening()
    {
        var deck = Index().Screen("2024-07-10", "PHQ-9", 4).Screen("2025-01-10", "PHQ-A", 3);

        var results = Run(deck, Final);

        Assert.Equal([FollowUp, Response, Remission, Remission12], results.Select(r => r.MeasureId));
        Assert.All(results, r => Assert.Equal(new UnitResult(r.MeasureId, "N2", M("2024-01"), "P1", "S1", true, false, true, false, 1), r));
    }

    [Theory]
    [InlineData("2024-05-10", false)]
    [InlineData("2024-05-11", true)]
    [InlineData("2024-09-08", true)]
    [InlineData("2024-09-09", false)]
    public void Evaluate_ScoreAtTheSixMonthWindowEdges_CountsOnlyInside(string date, bool inside)
    {
        var deck = Index().Screen(date, "PHQ-9", 2);

        var results = Run(deck, Final);

        Assert.Equal(inside, Unit(results, FollowUp).InNumerator);
        Assert.Equal(inside, Unit(results, Response).InNumerator);
        Assert.Equal(inside, Unit(results, Remission).InNumerator);
        Assert.False(Unit(results, Remission12).InNumerator);
    }

    [Theory]
    [InlineData("2024-11-10", false)]
    [InlineData("2024-11-11", true)]
    [InlineData("2025-03-11", true)]
    [InlineData("2025-03-12", false)]
    public void Evaluate_ScoreAtTheTwelveMonthWindowEdges_CountsOnlyInside(string date, bool inside)
    {
        var deck = Index().Screen(date, "PHQ-9", 2);

        var results = Run(deck, Final);

        Assert.Equal(inside, Unit(results, Remission12).InNumerator);
        Assert.False(Unit(results, Remission).InNumerator);
    }

    [Theory]
    [InlineData("2024-08-31", "2024-12-29", false)]
    [InlineData("2024-08-31", "2024-12-30", true)]
    [InlineData("2024-08-31", "2025-04-29", true)]
    [InlineData("2024-08-31", "2025-04-30", false)]
    [InlineData("2023-08-31", "2023-12-30", false)]
    [InlineData("2023-08-31", "2023-12-31", true)]
    [InlineData("2023-08-31", "2024-04-29", true)]
    [InlineData("2023-08-31", "2024-04-30", false)]
    public void Evaluate_IndexOnThe31st_SixMonthsEndsOnTheLastDayOfFebruary(string index, string date, bool inside)
    {
        // 2024-08-31 + 6 months = 2025-02-28 and 2023-08-31 + 6 months = 2024-02-29 (AddMonths), +/- 60 days.
        var deck = new TimelineBuilder().Dx(index, "F33.1").Screen(index, "PHQ-9", 15).Screen(date, "PHQ-9", 2);
        var month = index[..7];

        var results = Run(deck, "2026-01-01", month, month);

        Assert.Equal(inside, Unit(results, FollowUp).InNumerator);
    }

    [Fact]
    public void Evaluate_LaterScoreInTheWindowIsHigh_TheLatestScoreDecides()
    {
        var deck = Index().Screen("2024-06-01", "PHQ-9", 3).Screen("2024-08-01", "PHQ-9", 12);

        var results = Run(deck, Final);

        Assert.True(Unit(results, FollowUp).InNumerator);
        Assert.False(Unit(results, Response).InNumerator);
        Assert.False(Unit(results, Remission).InNumerator);
    }

    [Fact]
    public void Evaluate_LaterScoreInTheWindowIsLow_TheLatestScoreDecides()
    {
        var deck = Index().Screen("2024-06-01", "PHQ-9", 12).Screen("2024-08-01", "PHQ-9", 3);

        var results = Run(deck, Final);

        Assert.True(Unit(results, Response).InNumerator);
        Assert.True(Unit(results, Remission).InNumerator);
    }

    [Theory]
    [InlineData(9, 4)]
    [InlineData(4, 9)]
    public void Evaluate_TwoScoresOnTheLatestDay_TheLowestScoreIsTheFollowUp(int first, int second)
    {
        var deck = Index().Screen("2024-08-01", "PHQ-9", first, id: "S2").Screen("2024-08-01", "PHQ-A", second, id: "S3");

        var results = Run(deck, Final);

        Assert.True(Unit(results, Remission).InNumerator);
        Assert.True(Unit(results, Response).InNumerator);
    }

    [Theory]
    [InlineData(15, 7, true)]
    [InlineData(15, 8, false)]
    [InlineData(16, 8, true)]
    [InlineData(16, 9, false)]
    public void Evaluate_FollowUpAroundHalfTheIndexScore_ResponseWhenTwiceItIsAtMostTheIndex(int index, int followUp, bool met)
    {
        var deck = Depressed().Screen("2024-01-10", "PHQ-9", index).Screen("2024-07-10", "PHQ-9", followUp);

        Assert.Equal(met, Unit(Run(deck, Final), Response).InNumerator);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Evaluate_FollowUpAroundFive_RemissionBelowFive(int followUp, bool met)
    {
        var deck = Index().Screen("2024-07-10", "PHQ-9", followUp).Screen("2025-01-10", "PHQ-9", followUp);

        var results = Run(deck, Final);

        Assert.Equal(met, Unit(results, Remission).InNumerator);
        Assert.Equal(met, Unit(results, Remission12).InNumerator);
    }

    [Fact]
    public void Evaluate_TwoScoresOnTheIndexDay_TheHighestIsTheIndexScore()
    {
        // With the 11 as index score a follow-up of 10 would not be a response; with the 20 it is.
        var deck = Depressed()
            .Screen("2024-01-10", "PHQ-9", 11, clinic: "N1", id: "S1")
            .Screen("2024-01-10", "PHQ-A", 20, clinic: "N2", id: "S2")
            .Screen("2024-07-10", "PHQ-9", 10);

        var results = Run(deck, Final);

        var response = Unit(results, Response);
        Assert.True(response.InNumerator);
        Assert.Equal("S2", response.UnitId);
        Assert.Equal("N2", response.ClinicId);
    }

    [Fact]
    public void Evaluate_TwoEqualHighestScoresOnTheIndexDay_LowestIdOrdinalGivesClinicAndUnit()
    {
        var deck = Depressed()
            .Screen("2024-01-10", "PHQ-9", 15, clinic: "N1", id: "S9")
            .Screen("2024-01-10", "PHQ-9", 15, clinic: "N2", id: "S10");

        var unit = Unit(Run(deck, Final), FollowUp);

        Assert.Equal("S10", unit.UnitId);
        Assert.Equal("N2", unit.ClinicId);
    }

    [Theory]
    [InlineData("2025-01-08", false)] // 364 days after the first index event: inside its episode
    [InlineData("2025-01-09", false)] // 365 days: [d - 365, d - 1] still holds the first
    [InlineData("2025-01-10", true)] // 366 days: a new episode
    public void Evaluate_QualifyingScoreAroundAYearAfterAnIndexEvent_NewIndexFrom366Days(string date, bool index)
    {
        // docs/measures.md, "Depression outcomes": an index event blocks only the 365 days after itself.
        var deck = Depressed("2024-01-10").Screen("2024-01-10", "PHQ-9", 15).Dx(date, "F32.1").Screen(date, "PHQ-9", 15);
        var month = date[..7];

        var results = Run(deck, Final, month, month);

        Assert.Equal(index ? 4 : 0, results.Count(r => r.UnitId == "S2"));
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(9, true)]
    public void Evaluate_EarlierIndexEventAMonthBefore_BlocksOnlyWhenItsScoreQualified(int earlier, bool index)
    {
        var deck = Depressed().Screen("2023-12-10", "PHQ-9", earlier).Screen("2024-01-10", "PHQ-9", 15);

        var results = Run(deck, Final);

        Assert.Equal(index ? 4 : 0, results.Count(r => r.UnitId == "S2"));
    }

    [Fact]
    public void Evaluate_EarlierHighScoreWithoutADiagnosis_IsNoIndexAndDoesNotBlock()
    {
        // Only index events block (the v1 definitions blocked on any earlier score of 10 or more).
        var deck = new TimelineBuilder().Screen("2023-12-10", "PHQ-9", 18).Dx("2024-01-10", "F32.1").Screen("2024-01-10", "PHQ-9", 15);

        var results = Run(deck, Final, "2023-12", "2024-01");

        Assert.Equal(["S2"], results.Where(r => r.MeasureId == FollowUp).Select(r => r.UnitId));
    }

    [Theory]
    [InlineData("2023-01-10", true)] // d - 365
    [InlineData("2023-01-09", false)] // d - 366
    [InlineData("2024-01-10", true)] // d
    [InlineData("2024-01-11", false)] // d + 1: a diagnosis after the score does not make it qualify
    public void Evaluate_DepressionDiagnosisAroundTheYearBeforeTheScore_IndexOnlyWithOneIn365Days(string dx, bool index)
    {
        var deck = new TimelineBuilder().Dx(dx, "F32.1").Screen("2024-01-10", "PHQ-9", 15);

        Assert.Equal(index ? 4 : 0, Run(deck, Final).Count);
    }

    [Theory]
    [InlineData("F32.9", true)]
    [InlineData("f33.1", true)]
    [InlineData("F34.1", true)]
    [InlineData("F32.81", false)]
    [InlineData("F32.89", false)]
    [InlineData("F34.0", false)]
    [InlineData("F41.1", false)]
    public void Evaluate_DiagnosisCode_OnlyADepressionDiagnosisQualifies(string code, bool index)
    {
        var deck = new TimelineBuilder().Dx("2023-11-01", code).Screen("2024-01-10", "PHQ-9", 15);

        Assert.Equal(index ? 4 : 0, Run(deck, Final).Count);
    }

    [Fact]
    public void Evaluate_RequireDiagnosisFalse_IndexWithoutADiagnosis()
    {
        var deck = new TimelineBuilder().Screen("2024-01-10", "PHQ-9", 15);

        var results = Run(deck, Final, "2024-01", "2024-01", $"{Remission}.requireDiagnosis=false");

        Assert.Equal("S1", Unit(results, Remission).UnitId);
        Assert.DoesNotContain(results, r => r.MeasureId != Remission);
    }

    [Theory]
    [InlineData("2024-01-10", 4)]
    [InlineData("2024-01-09", 0)]
    public void Evaluate_DiagnosisLookbackConfiguredToZero_OnlyADiagnosisOnTheScoreDay(string dx, int units)
    {
        var deck = new TimelineBuilder().Dx(dx, "F32.1").Screen("2024-01-10", "PHQ-9", 15);
        string[] overrides = [.. new[] { FollowUp, Response, Remission, Remission12 }.Select(m => $"{m}.diagnosisLookbackDays=0")];

        Assert.Equal(units, Run(deck, Final, "2024-01", "2024-01", overrides).Count);
    }

    [Theory]
    [InlineData("PHQ-A", 0)]
    [InlineData("EPDS", 4)]
    [InlineData("GAD-7", 4)]
    public void Evaluate_EarlierHighScoreOfAnotherInstrument_OnlyPhqABlocks(string instrument, int units)
    {
        var deck = Depressed().Screen("2023-12-01", instrument, 20).Screen("2024-01-10", "PHQ-9", 15);

        Assert.Equal(units, Run(deck, Final).Count);
    }

    [Fact]
    public void Evaluate_HighScoresEveryTenMonths_TheFirstAfterAYearOpensANewEpisode()
    {
        // 2024-02-02 is 366 days after the index, 63 days after the 2023-12-01 score. Only index
        // events block, for 365 days, so a patient who stays above 9 re-enters (the v1 definitions
        // kept S1 alone).
        var deck = Depressed("2023-01-15")
            .Screen("2023-02-01", "PHQ-9", 12)
            .Dx("2023-12-01", "F33.1")
            .Screen("2023-12-01", "PHQ-9", 12)
            .Screen("2024-02-02", "PHQ-9", 12);

        var results = Run(deck, Final, "2023-01", "2024-12");

        Assert.Equal(["S1", "S3"], results.Where(r => r.MeasureId == FollowUp).Select(r => r.UnitId));
    }

    [Theory]
    [InlineData("PHQ-A", 12, 4)]
    [InlineData("PHQ-9", 9, 0)]
    [InlineData("PHQ-9", null, 0)]
    [InlineData("GAD-7", 15, 0)]
    [InlineData("EPDS", 15, 0)]
    public void Evaluate_ScoreOfAnInstrument_OnlyPhq9OrPhqAOf10OrMoreIsAnIndex(string instrument, int? score, int units)
    {
        var deck = Depressed().Screen("2024-01-10", instrument, score);

        Assert.Equal(units, Run(deck, Final).Count);
    }

    [Theory]
    [InlineData("PHQ-A", true)]
    [InlineData("GAD-7", false)]
    [InlineData("PHQ-2", false)]
    public void Evaluate_FollowUpOfAnInstrument_OnlyPhq9OrPhqACounts(string instrument, bool met)
    {
        var deck = Index().Screen("2024-07-10", instrument, 1);

        Assert.Equal(met, Unit(Run(deck, Final), FollowUp).InNumerator);
    }

    [Theory]
    [InlineData("2012-01-10", "2024-01-10", true)]
    [InlineData("2012-01-11", "2024-01-10", false)]
    [InlineData("2012-02-29", "2024-02-29", true)]
    [InlineData("2012-02-29", "2024-02-28", false)]
    public void Evaluate_IndexAroundTheTwelfthBirthday_UnitFromAge12(string birth, string date, bool unit)
    {
        var deck = new TimelineBuilder(birth: birth).Dx("2023-12-01", "F32.0").Screen(date, "PHQ-A", 15);

        Assert.Equal(unit ? 4 : 0, Run(deck, Final, "2024-01", "2024-02").Count);
    }

    [Fact]
    public void Evaluate_HighScoreAt11ThenAt12_TheScoreAt12IsTheIndex()
    {
        // The score at 11 does not qualify, so it is no index event and blocks nothing (under the v1 definitions it blocked).
        var deck = new TimelineBuilder(birth: "2012-01-11").Dx("2023-12-01", "F32.0").Screen("2024-01-10", "PHQ-A", 15).Screen("2024-03-01", "PHQ-A", 15);

        var results = Run(deck, Final, "2024-01", "2024-12");

        Assert.Equal(["S2"], results.Where(r => r.MeasureId == FollowUp).Select(r => r.UnitId));
        Assert.Equal(M("2024-03"), Unit(results, FollowUp).Period);
    }

    [Theory]
    [InlineData("2024-02-04", false)] // 30 days after the first index event
    [InlineData("2024-02-05", true)] // 31 days
    public void Evaluate_EpisodeDaysConfigured_AnIndexEventBlocksThatManyDays(string second, bool index)
    {
        var deck = Depressed().Screen("2024-01-05", "PHQ-9", 12).Screen(second, "PHQ-9", 14);

        var results = Run(deck, Final, "2024-01", "2024-02", $"{FollowUp}.episodeDays=30");

        Assert.Equal(index ? ["S1", "S2"] : ["S1"], results.Where(r => r.MeasureId == FollowUp).Select(r => r.UnitId));
        Assert.Equal(["S1"], results.Where(r => r.MeasureId == Response).Select(r => r.UnitId));
    }

    [Fact]
    public void Evaluate_IndexInAMonthNotReported_NoUnit()
    {
        var deck = Depressed().Screen("2023-12-31", "PHQ-9", 15).Screen("2024-06-15", "PHQ-9", 3);

        Assert.Empty(Run(deck, Final));
    }

    [Theory]
    [InlineData("F31.0", "2020-01-01", true, true)]
    [InlineData("F31.0", "2024-09-08", true, true)]
    [InlineData("F31.0", "2024-09-09", false, true)]
    [InlineData("F31.0", "2025-03-11", false, true)]
    [InlineData("F31.0", "2025-03-12", false, false)]
    [InlineData("F60.3", "2024-02-01", true, true)]
    [InlineData("F60.2", "2024-02-01", false, false)] // only F60.3 of F60, as CMS159 (the v1 definitions excluded all of F60)
    [InlineData("F60.9", "2024-02-01", false, false)]
    [InlineData("F20.9", "2024-02-01", true, true)]
    [InlineData("f25.0", "2024-02-01", true, true)]
    [InlineData("F29", "2024-02-01", true, true)]
    [InlineData("F84.0", "2024-02-01", true, true)]
    [InlineData("F32.9", "2024-02-01", false, false)]
    [InlineData("F30.10", "2024-02-01", false, false)]
    [InlineData("F19.10", "2024-02-01", false, false)]
    public void Evaluate_ExclusionDiagnosisAroundTheWindowEnd_ExcludedWhenDatedOnOrBeforeIt(string code, string date, bool excluded6, bool excluded12)
    {
        var deck = Index().Screen("2024-07-10", "PHQ-9", 2).Screen("2025-01-10", "PHQ-9", 2).Dx(date, code);

        var results = Run(deck, Final);

        AssertExcluded(Unit(results, FollowUp), excluded6);
        AssertExcluded(Unit(results, Response), excluded6);
        AssertExcluded(Unit(results, Remission), excluded6);
        AssertExcluded(Unit(results, Remission12), excluded12);
    }

    [Theory]
    [InlineData("2024-09-08", true, true)]
    [InlineData("2024-09-09", false, true)]
    [InlineData("2025-03-11", false, true)]
    [InlineData("2025-03-12", false, false)]
    public void Evaluate_DeathAroundTheWindowEnd_ExcludedWhenOnOrBeforeIt(string death, bool excluded6, bool excluded12)
    {
        var deck = Index(death: death).Screen("2024-07-10", "PHQ-9", 2).Screen("2025-01-10", "PHQ-9", 2);

        var results = Run(deck, Final);

        AssertExcluded(Unit(results, Remission), excluded6);
        AssertExcluded(Unit(results, Remission12), excluded12);
    }

    [Fact]
    public void Evaluate_DeathAfterTheAsOfDate_IgnoredAndTheUnitIsPending()
    {
        var deck = Index(death: "2024-08-01");

        var unit = Unit(Run(deck, "2024-06-01"), FollowUp);

        Assert.False(unit.Excluded);
        Assert.True(unit.Pending);
    }

    [Fact]
    public void Evaluate_ExcludedWhileTheWindowIsOpen_NotPending()
    {
        var deck = Index().Dx("2024-05-01", "F31.9");

        var results = Run(deck, "2024-06-01");

        Assert.All(results, r => AssertExcluded(r, true));
    }

    [Theory]
    [InlineData("2024-09-07", true)]
    [InlineData("2024-09-08", false)]
    public void Evaluate_NoFollowUpScoreAroundTheSixMonthWindowEnd_PendingUntilTheEndThenFails(string asOf, bool pending)
    {
        var results = Run(Index(), asOf);

        foreach (var measure in new[] { FollowUp, Response, Remission })
        {
            var unit = Unit(results, measure);
            Assert.True(unit.InDenominator);
            Assert.False(unit.InNumerator);
            Assert.Equal(pending, unit.Pending);
        }

        Assert.True(Unit(results, Remission12).Pending);
    }

    [Fact]
    public void Evaluate_RemissionScoreWhileTheWindowIsOpen_FollowUpFinalResponseAndRemissionMetButPending()
    {
        var deck = Index().Screen("2024-05-20", "PHQ-9", 3);

        var results = Run(deck, "2024-06-01");

        Assert.Equal(new UnitResult(FollowUp, "N2", M("2024-01"), "P1", "S1", true, false, true, false, 1), Unit(results, FollowUp));
        Assert.Equal(new UnitResult(Response, "N2", M("2024-01"), "P1", "S1", true, false, true, true, 1), Unit(results, Response));
        Assert.Equal(new UnitResult(Remission, "N2", M("2024-01"), "P1", "S1", true, false, true, true, 1), Unit(results, Remission));
    }

    [Fact]
    public void Evaluate_HighScoreWhileTheWindowIsOpen_ResponseAndRemissionNotMetAndPending()
    {
        var deck = Index().Screen("2024-05-20", "PHQ-9", 12);

        var results = Run(deck, "2024-06-01");

        Assert.False(Unit(results, FollowUp).Pending);
        Assert.Equal(new UnitResult(Response, "N2", M("2024-01"), "P1", "S1", true, false, false, true, 0), Unit(results, Response));
        Assert.Equal(new UnitResult(Remission, "N2", M("2024-01"), "P1", "S1", true, false, false, true, 0), Unit(results, Remission));
    }

    [Fact]
    public void Evaluate_ConfiguredParameters_OverrideTheDefaults()
    {
        var deck = Index().Screen("2024-06-05", "PHQ-9", 5);

        var results = Run(deck, Final, "2024-01", "2024-01", $"{FollowUp}.windowDays=30", $"{Remission}.remissionBelow=6");

        Assert.False(Unit(results, FollowUp).InNumerator);
        Assert.True(Unit(results, Remission).InNumerator);
    }

    private static TimelineBuilder Index(string? death = null) =>
        new TimelineBuilder(death: death).Dx("2024-01-10", "F32.1").Screen("2024-01-10", "PHQ-9", 15, clinic: "N2");

    /// <summary>A patient with a depression diagnosis (F32.1) on <paramref name="dx"/>, in the year before the usual index.</summary>
    private static TimelineBuilder Depressed(string dx = "2023-11-01") => new TimelineBuilder().Dx(dx, "F32.1");

    /// <summary>The units of the four outcome measures (<c>phq9_utilization</c> left out: <see cref="Phq9UtilizationTests"/>).</summary>
    private static List<UnitResult> Run(TimelineBuilder deck, string asOf, string from = "2024-01", string to = "2024-01", params string[] overrides)
    {
        var results = new List<UnitResult>();
        new DepressionOutcomes(For(asOf, from, to, overrides)).Evaluate(deck.AsOf(asOf), results);
        return [.. results.Where(r => r.MeasureId != Utilization)];
    }

    private static UnitResult Unit(List<UnitResult> results, string measure) => Assert.Single(results, r => r.MeasureId == measure);

    private static void AssertExcluded(UnitResult unit, bool excluded)
    {
        Assert.Equal(excluded, unit.Excluded);
        Assert.Equal(!excluded, unit.InDenominator);
        if (excluded)
        {
            Assert.False(unit.InNumerator);
            Assert.False(unit.Pending);
        }
    }
}
