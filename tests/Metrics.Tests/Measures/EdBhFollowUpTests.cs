using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>
/// Test decks for <c>ed_bh_followup_7d</c> and <c>ed_bh_followup_30d</c> (docs/measures.md "Follow-up after
/// an ED visit for mental illness or self-harm", adapting HEDIS FUM). The usual visit v is 2024-03-10:
/// v + 7 = 2024-03-17, v + 30 = 2024-04-09; every deck has a PC visit at N2 so the patient is attributed.
/// </summary>
public sealed class EdBhFollowUpTests
{
    private const string Seven = "ed_bh_followup_7d";
    private const string Thirty = "ed_bh_followup_30d";
    private const string Final = "2024-12-31";

    [Fact]
    public void MeasureIds_SevenThenThirtyDays()
    {
        Assert.Equal([Seven, Thirty], new EdBhFollowUp(For(Final, "2024-03", "2024-03")).MeasureIds);
    }

    [Fact]
    public void Evaluate_MentalIllnessVisitWithAContactOnDay3_MetUnitsAtTheAttributedClinicWithTheVisitId()
    {
        var deck = Attributed().Ed("2024-03-10", "F32.9", id: "V7").Encounter("2024-03-13", "behavioral_health", clinic: "S1");

        var results = Run(deck, Final);

        Assert.Equal(
            [
                new UnitResult(Seven, "N2", M("2024-03"), "P1", "V7", true, false, true, false, 1),
                new UnitResult(Thirty, "N2", M("2024-03"), "P1", "V7", true, false, true, false, 1),
            ],
            results);
    }

    [Theory]
    [InlineData("2024-03-09", false, false)]
    [InlineData("2024-03-10", true, true)]
    [InlineData("2024-03-17", true, true)]
    [InlineData("2024-03-18", false, true)]
    [InlineData("2024-04-09", false, true)]
    [InlineData("2024-04-10", false, false)]
    public void Evaluate_BhContactAroundTheWindows_CountsInVToVPlus7AndVPlus30(string contact, bool seven, bool thirty)
    {
        var deck = Attributed().Ed("2024-03-10", "F41.1").Encounter(contact, "care_management");

        var results = Run(deck, Final);

        Assert.Equal((seven, thirty), (Unit(results, Seven).InNumerator, Unit(results, Thirty).InNumerator));
    }

    [Theory]
    [InlineData("behavioral_health", "no_show")]
    [InlineData("primary_care", "completed")]
    public void Evaluate_EncounterThatIsNotABhContact_NotMet(string type, string status)
    {
        var deck = Attributed().Ed("2024-03-10", "F41.1").Encounter("2024-03-12", type, status: status);

        Assert.All(Run(deck, Final), u => Assert.False(u.InNumerator));
    }

    [Theory]
    [InlineData("F32.9", null, true)]
    [InlineData("f20.9", null, true)]
    [InlineData("F10.229", null, false)] // substance use is HEDIS FUA, not FUM
    [InlineData("X71.0XXA", null, true)]
    [InlineData("S51.811A", "X78.9XXA", true)] // self-harm as an other dx (v2: other_dx)
    [InlineData("S51.811A", "R45.851", true)]
    [InlineData("S51.811A", "F32.9", false)] // mental illness counts only as the primary dx
    [InlineData("J06.9", null, false)]
    [InlineData(null, null, false)]
    public void Evaluate_Diagnoses_UnitForPrimaryMentalIllnessOrSelfHarmInAnyPosition(string? primary, string? other, bool unit)
    {
        var deck = Attributed().Ed("2024-03-10", primary, otherDx: other is null ? null : [other]);

        Assert.Equal(unit ? 2 : 0, Run(deck, Final).Count);
    }

    [Fact]
    public void Evaluate_AdmittedVisit_NoUnit()
    {
        var deck = Attributed().Ed("2024-03-10", "F32.9", admitted: true);

        Assert.Empty(Run(deck, Final));
    }

    [Theory]
    [InlineData("2018-03-10", true)] // 6 on the visit day
    [InlineData("2018-03-11", false)] // 5
    public void Evaluate_AgeAtTheVisit_SixIsInFiveIsNot(string birth, bool unit)
    {
        var deck = new TimelineBuilder(birth: birth).Pc("2024-01-05", clinic: "N2").Ed("2024-03-10", "F90.0");

        Assert.Equal(unit ? 2 : 0, Run(deck, Final).Count);
    }

    [Fact]
    public void Evaluate_VisitAtFiveThenAtSix_TheEarlierVisitIsNoUnitAndBlocksNothing()
    {
        var deck = new TimelineBuilder(birth: "2018-03-11").Pc("2024-01-05", clinic: "N2").Ed("2024-03-10", "F90.0").Ed("2024-03-12", "F90.0");

        Assert.All(Run(deck, Final), u => Assert.Equal("V2", u.UnitId));
    }

    [Fact]
    public void Evaluate_Unattributed_NoUnit()
    {
        var deck = new TimelineBuilder().Ed("2024-03-10", "F32.9").Encounter("2024-03-11", "behavioral_health");

        Assert.Empty(Run(deck, Final));
    }

    [Theory]
    [InlineData("2024-04-09", false)] // v + 30: an earlier unit dated in [v - 30, v]
    [InlineData("2024-04-10", true)] // v + 31: a new stretch
    public void Evaluate_SecondVisit30Or31DaysAfterAUnit_OnlyTheFirstOfA31DayStretchIsAUnit(string second, bool unit)
    {
        var deck = Attributed().Ed("2024-03-10", "F32.9").Ed(second, "F32.9");

        var results = Run(deck, Final, "2024-03", "2024-04");

        Assert.Equal(unit ? ["V1", "V2"] : ["V1"], results.Where(u => u.MeasureId == Thirty).Select(u => u.UnitId));
    }

    [Fact]
    public void Evaluate_ThreeVisits20DaysApart_TheThirdStartsANewStretchAfterTheFirstUnit()
    {
        // V2 is 20 days after the unit V1, so not a unit; V3 is 40 days after V1 and 20 after V2,
        // and only units block.
        var deck = Attributed().Ed("2024-03-10", "F32.9").Ed("2024-03-30", "F32.9").Ed("2024-04-19", "F32.9");

        var results = Run(deck, Final, "2024-03", "2024-04");

        Assert.Equal(["V1", "V3"], results.Where(u => u.MeasureId == Seven).Select(u => u.UnitId));
    }

    [Fact]
    public void Evaluate_TwoVisitsTheSameDay_TheLowestIdOrdinalIsTheOnlyUnit()
    {
        var deck = Attributed().Ed("2024-03-10", "F32.9", id: "V9").Ed("2024-03-10", "X71.0XXA", id: "V10");

        var results = Run(deck, Final);

        Assert.Equal(["V10", "V10"], results.Select(u => u.UnitId));
    }

    [Fact]
    public void Evaluate_UnitInAMonthNotReported_StillBlocksTheNextVisit()
    {
        var deck = Attributed().Ed("2024-02-20", "F32.9").Ed("2024-03-10", "F32.9");

        Assert.Empty(Run(deck, Final, "2024-03", "2024-03"));
    }

    [Fact]
    public void Evaluate_NonQualifyingVisitsBefore_DoNotBlock()
    {
        var deck = Attributed().Ed("2024-03-01", "F32.9", admitted: true).Ed("2024-03-05", "J06.9").Ed("2024-03-10", "F32.9");

        Assert.All(Run(deck, Final), u => Assert.Equal("V3", u.UnitId));
    }

    [Theory]
    [InlineData("2024-03-10", true)] // on v
    [InlineData("2024-04-09", true)] // v + 30
    [InlineData("2024-04-10", false)] // v + 31
    public void Evaluate_DeathAroundVPlus30_ExcludedOnlyWithinVToVPlus30(string death, bool excluded)
    {
        var deck = new TimelineBuilder(death: death).Pc("2024-01-05", clinic: "N2").Ed("2024-03-10", "F32.9");

        var results = Run(deck, Final);

        Assert.Equal(2, results.Count);
        Assert.All(results, u => Assert.Equal(excluded ? UnitResult.Exclusion(u.MeasureId, "N2", M("2024-03"), "P1", "V1") : u, u));
        Assert.All(results, u => Assert.Equal(!excluded, u.InDenominator));
    }

    [Fact]
    public void Evaluate_ExcludedUnit_StillBlocksAVisitInItsStretch()
    {
        // The death on 2024-03-20 excludes V1; V2 on 2024-03-15 is in V1's stretch, so no unit either.
        var deck = new TimelineBuilder(death: "2024-03-20").Pc("2024-01-05", clinic: "N2").Ed("2024-03-10", "F32.9").Ed("2024-03-15", "F32.9");

        var results = Run(deck, Final);

        Assert.All(results, u => Assert.Equal(("V1", true), (u.UnitId, u.Excluded)));
        Assert.Equal(2, results.Count);
    }

    [Fact]
    public void Evaluate_DeathAfterTheAsOfDate_IgnoredSoPendingNotExcluded()
    {
        var deck = new TimelineBuilder(death: "2024-03-20").Pc("2024-01-05", clinic: "N2").Ed("2024-03-10", "F32.9");

        var results = Run(deck, "2024-03-12");

        Assert.All(results, u => Assert.True(u.Pending && !u.Excluded));
    }

    [Theory]
    [InlineData("2024-03-16", true, true)]
    [InlineData("2024-03-17", false, true)]
    [InlineData("2024-04-08", false, true)]
    [InlineData("2024-04-09", false, false)]
    public void Evaluate_NoContactYet_PendingWhileTheAsOfDateIsBeforeTheWindowEnd(string asOf, bool seven, bool thirty)
    {
        var deck = Attributed().Ed("2024-03-10", "F32.9");

        var results = Run(deck, asOf);

        Assert.Equal((seven, thirty), (Unit(results, Seven).Pending, Unit(results, Thirty).Pending));
        Assert.All(results, u => Assert.True(u.InDenominator && !u.InNumerator));
    }

    [Fact]
    public void Evaluate_ContactBeforeTheWindowCloses_MetAndNotPending()
    {
        var deck = Attributed().Ed("2024-03-10", "F32.9").Encounter("2024-03-11", "psychiatric_consult");

        Assert.All(Run(deck, "2024-03-12"), u => Assert.True(u.InNumerator && !u.Pending));
    }

    [Fact]
    public void Evaluate_ConfiguredParameters_OverrideTheDefaults()
    {
        var deck = new TimelineBuilder(birth: "2012-01-01").Pc("2024-01-05", clinic: "N2").Ed("2024-03-10", "F32.9").Ed("2024-03-25", "F32.9").Encounter("2024-03-24", "behavioral_health");

        var results = Run(deck, Final, "2024-03", "2024-03", $"{Seven}.windowDays=14", $"{Seven}.stretchDays=10", $"{Thirty}.minAge=13");

        // V1's 14 days reach the contact of 2024-03-24; V2, 15 days after V1, starts a new 10-day stretch.
        Assert.Equal([("V1", true), ("V2", false)], results.Where(u => u.MeasureId == Seven).Select(u => (u.UnitId, u.InNumerator)));
        Assert.DoesNotContain(results, u => u.MeasureId == Thirty);
    }

    private static TimelineBuilder Attributed() => new TimelineBuilder().Pc("2024-01-05", clinic: "N2");

    private static List<UnitResult> Run(TimelineBuilder deck, string asOf, string from = "2024-03", string to = "2024-03", params string[] overrides)
    {
        var results = new List<UnitResult>();
        new EdBhFollowUp(For(asOf, from, to, overrides)).Evaluate(deck.AsOf(asOf), results);
        return results;
    }

    private static UnitResult Unit(List<UnitResult> results, string measure) => Assert.Single(results, r => r.MeasureId == measure);
}
