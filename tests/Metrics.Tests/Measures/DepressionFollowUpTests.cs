using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>Test decks for <c>depression_followup</c> (docs/measures.md "Follow-up after a positive depression screen").</summary>
public sealed class DepressionFollowUpTests
{
    private const string Id = "depression_followup";

    [Theory]
    [InlineData("PHQ-2", 3, true)]
    [InlineData("PHQ-2", 2, false)]
    [InlineData("PHQ-9", 10, true)]
    [InlineData("PHQ-9", 9, false)]
    [InlineData("PHQ-A", 10, true)]
    [InlineData("PHQ-A", 9, false)]
    [InlineData("EPDS", 10, true)]
    [InlineData("EPDS", 9, false)]
    public void Evaluate_ScoreAtAndBelowTheThreshold_OnlyAPositiveScreenGivesAUnit(string instrument, int score, bool unit)
    {
        var deck = new TimelineBuilder().Screen("2025-03-10", instrument, score);

        Assert.Equal(unit, Run(deck).Count == 1);
    }

    [Fact]
    public void Evaluate_PositiveFlagOnANegativeScore_ScoreDecides()
    {
        var deck = new TimelineBuilder().Screen("2025-03-10", "PHQ-9", 9, positive: true);

        Assert.Empty(Run(deck));
    }

    [Theory]
    [InlineData("GAD-7", 15)]
    [InlineData("AUDIT-C", 10)]
    public void Evaluate_PositiveNonDepressionScreen_NoUnit(string instrument, int score)
    {
        var deck = new TimelineBuilder().Screen("2025-03-10", instrument, score);

        Assert.Empty(Run(deck));
    }

    [Fact]
    public void Evaluate_PositivePhq9AtAnotherClinic_UnitBelongsToTheScreensClinicWithItsId()
    {
        var deck = new TimelineBuilder().Screen("2025-03-10", "PHQ-9", 14, clinic: "S1", id: "S77").Encounter("2025-03-20", "behavioral_health", clinic: "N1");

        var unit = Assert.Single(Run(deck));

        Assert.Equal(new UnitResult(Id, "S1", M("2025-03"), "P1", "S77", true, false, true, false, 1), unit);
    }

    [Theory]
    [InlineData("2025-03-10", true)]
    [InlineData("2025-04-09", true)]
    [InlineData("2025-04-10", false)]
    [InlineData("2025-03-09", false)]
    public void Evaluate_BhContactAroundTheWindow_CountsInSToSPlus30(string contact, bool met)
    {
        // s = 2025-03-10, s + 30 = 2025-04-09.
        var deck = new TimelineBuilder().Encounter(contact, "behavioral_health").Screen("2025-03-10", "PHQ-9", 12);

        var unit = Assert.Single(Run(deck));

        Assert.Equal(met, unit.InNumerator);
        Assert.False(unit.Pending);
    }

    [Theory]
    [InlineData("care_management")]
    [InlineData("psychiatric_consult")]
    [InlineData("behavioral_health")]
    public void Evaluate_CompletedBhContactOfAnyBhType_Met(string type)
    {
        var deck = new TimelineBuilder().Screen("2025-03-10", "PHQ-9", 12).Encounter("2025-03-25", type);

        Assert.True(Assert.Single(Run(deck)).InNumerator);
    }

    [Theory]
    [InlineData("behavioral_health", "no_show")]
    [InlineData("behavioral_health", "cancelled")]
    [InlineData("primary_care", "completed")]
    public void Evaluate_EncounterThatIsNotABhContact_NotMet(string type, string status)
    {
        var deck = new TimelineBuilder().Screen("2025-03-10", "PHQ-9", 12).Encounter("2025-03-25", type, status: status);

        Assert.False(Assert.Single(Run(deck)).InNumerator);
    }

    [Theory]
    [InlineData("behavioral_health", true)]
    [InlineData("psychiatry", true)]
    [InlineData("substance_use", true)]
    [InlineData("cardiology", false)]
    public void Evaluate_ReferralInTheWindow_MetWhenABhReferral(string service, bool met)
    {
        var deck = new TimelineBuilder().Screen("2025-03-10", "EPDS", 13).Refer("2025-04-09", service);

        Assert.Equal(met, Assert.Single(Run(deck)).InNumerator);
    }

    [Theory]
    [InlineData("antidepressant", 30, true)]
    [InlineData("antidepressant", 0, false)]
    [InlineData("statin", 30, false)]
    public void Evaluate_FillInTheWindow_MetWhenAnAntidepressantWithDaysSupply(string drugClass, int days, bool met)
    {
        var deck = new TimelineBuilder().Screen("2025-03-10", "PHQ-A", 10).Fill("2025-03-10", days, drugClass: drugClass);

        Assert.Equal(met, Assert.Single(Run(deck)).InNumerator);
    }

    [Fact]
    public void Evaluate_AntidepressantFillDayAfterTheWindow_NotMet()
    {
        var deck = new TimelineBuilder().Screen("2025-03-10", "PHQ-9", 10).Fill("2025-04-10", 30);

        Assert.False(Assert.Single(Run(deck)).InNumerator);
    }

    // v2 (DSF-E): after a PHQ-2, only a PHQ-9 or PHQ-A with a score below 10 dated s closes the unit;
    // v1 counted any PHQ-9/PHQ-A in [s, s + 30].
    [Theory]
    [InlineData("PHQ-9", "2025-03-10", 9, true)]
    [InlineData("PHQ-A", "2025-03-10", 0, true)]
    [InlineData("PHQ-9", "2025-03-11", 9, false)]
    [InlineData("PHQ-9", "2025-03-11", 1, false)]
    [InlineData("PHQ-A", "2025-04-09", 1, false)]
    [InlineData("EPDS", "2025-03-10", 1, false)]
    [InlineData("PHQ-2", "2025-03-10", 1, false)]
    public void Evaluate_RescreenAfterAPhq2_MetOnlyByANegativeFullPhqTheSameDay(string instrument, string date, int score, bool met)
    {
        var deck = new TimelineBuilder().Screen("2025-03-10", "PHQ-2", 4).Screen(date, instrument, score);

        var unit = Assert.Single(Run(deck));

        Assert.Equal("S1", unit.UnitId);
        Assert.Equal(met, unit.InNumerator);
    }

    [Theory]
    [InlineData(9, "S1", true)]
    [InlineData(10, "S2", false)]
    public void Evaluate_SameDayPhq9After9Or10_NegativeFollowsUpThePhq2PositiveIsItselfTheIndex(int phq9, string index, bool met)
    {
        // A PHQ-9 of 10 on the PHQ-2's day is a positive full screen: it wins the same-day tie as the
        // index and needs a follow-up of its own (never a follow-up itself).
        var deck = new TimelineBuilder().Screen("2025-03-10", "PHQ-2", 3, id: "S1").Screen("2025-03-10", "PHQ-9", phq9, id: "S2");

        var unit = Assert.Single(Run(deck));

        Assert.Equal((index, met), (unit.UnitId, unit.InNumerator));
    }

    [Fact]
    public void Evaluate_SameDayPhq9WithoutAScore_NotAFollowUp()
    {
        var deck = new TimelineBuilder().Screen("2025-03-10", "PHQ-2", 3).Screen("2025-03-10", "PHQ-9", null);

        Assert.False(Assert.Single(Run(deck)).InNumerator);
    }

    [Fact]
    public void Evaluate_Phq9AfterAPositivePhq9_NotAFollowUp()
    {
        var deck = new TimelineBuilder().Screen("2025-03-10", "PHQ-9", 15).Screen("2025-03-20", "PHQ-9", 8);

        Assert.False(Assert.Single(Run(deck)).InNumerator);
    }

    [Fact]
    public void Evaluate_PositivePhq2AndNegativePhq9OnOneDay_Phq2IsTheIndexAndThePhq9ItsFollowUp()
    {
        var deck = new TimelineBuilder().Screen("2025-03-10", "PHQ-9", 6, id: "S1").Screen("2025-03-10", "PHQ-2", 3, id: "S2");

        var unit = Assert.Single(Run(deck));

        Assert.Equal("S2", unit.UnitId);
        Assert.True(unit.InNumerator);
    }

    [Fact]
    public void Evaluate_PositivePhq2AndPositivePhq9OnOneDay_FullInstrumentIsTheIndexEvenWithAHigherId()
    {
        var deck = new TimelineBuilder().Screen("2025-03-10", "PHQ-2", 5, clinic: "N1", id: "S1").Screen("2025-03-10", "PHQ-9", 11, clinic: "S1", id: "S2");

        var unit = Assert.Single(Run(deck));

        Assert.Equal(("S1", "S2"), (unit.ClinicId, unit.UnitId));
        Assert.False(unit.InNumerator); // a PHQ-9 index is not followed up by a PHQ-9
    }

    [Fact]
    public void Evaluate_TwoFullInstrumentsOnOneDay_LowestIdOrdinalIsTheIndex()
    {
        var deck = new TimelineBuilder().Screen("2025-03-10", "PHQ-9", 11, id: "S9").Screen("2025-03-10", "EPDS", 12, id: "S10");

        Assert.Equal("S10", Assert.Single(Run(deck)).UnitId);
    }

    [Fact]
    public void Evaluate_PositivePhq2BeforeAPositivePhq9_EarliestIsTheIndexAndThePhq9IsNoFollowUp()
    {
        // v2: a positive PHQ-9 is never a follow-up (v1 counted it).
        var deck = new TimelineBuilder().Screen("2025-03-05", "PHQ-2", 6).Screen("2025-03-06", "PHQ-9", 20);

        var unit = Assert.Single(Run(deck));

        Assert.Equal("S1", unit.UnitId);
        Assert.False(unit.InNumerator);
    }

    [Fact]
    public void Evaluate_PositiveScreensInTwoMonths_OneUnitPerMonth()
    {
        var deck = new TimelineBuilder().Screen("2025-03-05", "PHQ-9", 12).Screen("2025-03-25", "PHQ-9", 14).Screen("2025-04-02", "PHQ-9", 16);

        var units = Run(deck);

        Assert.Equal([("2025-03", "S1"), ("2025-04", "S3")], units.Select(u => (u.Period.ToString(), u.UnitId)));
    }

    [Fact]
    public void Evaluate_PositiveScreenInAMonthNotReported_NoUnit()
    {
        var deck = new TimelineBuilder().Screen("2024-12-31", "PHQ-9", 12);

        Assert.Empty(Run(deck));
    }

    [Theory]
    [InlineData("2025-03-10", true)]
    [InlineData("2025-03-09", false)]
    public void Evaluate_AgeAtTheScreen_TwelveIsInElevenIsNot(string screened, bool unit)
    {
        var deck = new TimelineBuilder(birth: "2013-03-10").Screen(screened, "PHQ-A", 15);

        Assert.Equal(unit, Run(deck).Count == 1);
    }

    [Theory]
    [InlineData("2024-02-28", false)]
    [InlineData("2024-02-29", true)]
    public void Evaluate_BornOn29February_TwelveOnTheLeapDay(string screened, bool unit)
    {
        var deck = new TimelineBuilder(birth: "2012-02-29").Screen(screened, "PHQ-A", 15);

        Assert.Equal(unit, Run(deck, asOf: "2024-12-31", from: "2024-01", to: "2024-12").Count == 1);
    }

    [Fact]
    public void Evaluate_PositiveAtElevenThenAtTwelve_TheEarliestQualifyingScreenIsTheIndex()
    {
        var deck = new TimelineBuilder(birth: "2013-03-15").Screen("2025-03-10", "PHQ-A", 15).Screen("2025-03-20", "PHQ-A", 12);

        Assert.Equal("S2", Assert.Single(Run(deck)).UnitId);
    }

    [Fact]
    public void Evaluate_BipolarDxOnTheScreenDay_Excluded()
    {
        var deck = new TimelineBuilder().Dx("2025-03-10", "F31.4").Screen("2025-03-10", "PHQ-9", 22).Encounter("2025-03-11", "behavioral_health");

        var unit = Assert.Single(Run(deck));

        Assert.Equal(UnitResult.Exclusion(Id, "N1", M("2025-03"), "P1", "S1"), unit);
    }

    [Fact]
    public void Evaluate_BipolarDxTheDayAfterTheScreen_NotExcluded()
    {
        var deck = new TimelineBuilder().Dx("2025-03-11", "F31.4").Screen("2025-03-10", "PHQ-9", 22);

        var unit = Assert.Single(Run(deck));

        Assert.False(unit.Excluded);
        Assert.True(unit.InDenominator);
    }

    // v2 (DSF-E): a depression dx dated in [s - 365, s - 1] excludes; s = 2025-03-10, s - 365 = 2024-03-10
    // (2024-02-29 lies outside), s - 366 = 2024-03-09.
    [Theory]
    [InlineData("2024-03-09", false)]
    [InlineData("2024-03-10", true)]
    [InlineData("2025-03-09", true)]
    [InlineData("2025-03-10", false)]
    public void Evaluate_DepressionDxAroundTheYearBeforeTheScreen_ExcludedOnlyInSMinus365ToSMinus1(string dx, bool excluded)
    {
        var deck = new TimelineBuilder().Dx(dx, "F33.1").Screen("2025-03-10", "PHQ-9", 15);

        var unit = Assert.Single(Run(deck));

        Assert.Equal(excluded, unit.Excluded);
        Assert.Equal(!excluded, unit.InDenominator);
    }

    [Theory]
    [InlineData("F34.1", true)]
    [InlineData("F32.89", false)]
    [InlineData("F41.1", false)]
    public void Evaluate_DxInTheYearBefore_ExcludedOnlyWhenInTheDepressionGroup(string code, bool excluded)
    {
        var deck = new TimelineBuilder().Dx("2024-10-01", code).Screen("2025-03-10", "PHQ-9", 15);

        Assert.Equal(excluded, Assert.Single(Run(deck)).Excluded);
    }

    [Fact]
    public void Evaluate_ConfiguredPriorDiagnosisDays_Apply()
    {
        var deck = new TimelineBuilder().Dx("2025-01-01", "F32.9").Screen("2025-03-10", "PHQ-9", 15);

        Assert.False(Assert.Single(Run(deck, overrides: ["depression_followup.priorDiagnosisDays=30"])).Excluded);
    }

    [Fact]
    public void Evaluate_ExcludedWhileTheWindowIsOpen_NeverPending()
    {
        var deck = new TimelineBuilder().Dx("2024-01-01", "F31.9").Screen("2025-03-10", "PHQ-9", 22);

        var unit = Assert.Single(Run(deck, asOf: "2025-03-15"));

        Assert.True(unit.Excluded);
        Assert.False(unit.Pending);
    }

    [Theory]
    [InlineData("2025-04-08", true)]
    [InlineData("2025-04-09", false)]
    public void Evaluate_NoFollowUpYet_PendingWhileTheAsOfDateIsBeforeSPlus30(string asOf, bool pending)
    {
        var deck = new TimelineBuilder().Screen("2025-03-10", "PHQ-9", 12);

        var unit = Assert.Single(Run(deck, asOf: asOf));

        Assert.True(unit.InDenominator);
        Assert.False(unit.InNumerator);
        Assert.Equal(pending, unit.Pending);
    }

    [Fact]
    public void Evaluate_FollowUpBeforeTheWindowCloses_MetAndNotPending()
    {
        var deck = new TimelineBuilder().Screen("2025-03-10", "PHQ-9", 12).Refer("2025-03-12");

        var unit = Assert.Single(Run(deck, asOf: "2025-03-15"));

        Assert.True(unit.InNumerator);
        Assert.False(unit.Pending);
    }

    [Fact]
    public void Evaluate_FollowUpAfterTheAsOfDate_NotSeenSoPending()
    {
        var deck = new TimelineBuilder().Screen("2025-03-10", "PHQ-9", 12).Refer("2025-03-20");

        var unit = Assert.Single(Run(deck, asOf: "2025-03-15"));

        Assert.False(unit.InNumerator);
        Assert.True(unit.Pending);
    }

    [Fact]
    public void Evaluate_ConfiguredWindowAndThreshold_Apply()
    {
        var deck = new TimelineBuilder().Screen("2025-03-10", "PHQ-9", 12).Screen("2025-05-10", "PHQ-9", 15).Encounter("2025-05-25", "behavioral_health");

        var units = Run(deck, overrides: ["depression_followup.windowDays=14", "depression_followup.thresholds:PHQ-9=15"]);

        var unit = Assert.Single(units); // 12 is no longer positive
        Assert.Equal("S2", unit.UnitId);
        Assert.False(unit.InNumerator); // 2025-05-25 is s + 15
    }

    private static List<UnitResult> Run(TimelineBuilder deck, string asOf = "2025-12-31", string from = "2025-01", string to = "2025-12", string[]? overrides = null)
    {
        var results = new List<UnitResult>();
        new DepressionFollowUp(For(asOf, from, to, overrides ?? [])).Evaluate(deck.AsOf(asOf), results);
        return results;
    }
}
