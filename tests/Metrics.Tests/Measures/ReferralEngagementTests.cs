using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>Test decks for <c>referral_engagement</c> and <c>warm_handoff</c> (docs/measures.md "Referral engagement and warm handoffs").</summary>
public sealed class ReferralEngagementTests
{
    private const string Engagement = "referral_engagement";
    private const string WarmHandoff = "warm_handoff";

    [Fact]
    public void MeasureIds_EngagementThenWarmHandoff()
    {
        Assert.Equal([Engagement, WarmHandoff], new ReferralEngagement(For("2025-12-31", "2025-01", "2025-12")).MeasureIds);
    }

    [Fact]
    public void Evaluate_ReferralAtAClinic_BothUnitsBelongToItsClinicWithItsId()
    {
        var deck = new TimelineBuilder().Refer("2025-03-10", clinic: "S1", id: "R42").Encounter("2025-03-17", "behavioral_health", clinic: "N1");

        var units = Run(deck);

        Assert.Equal(
            [
                new UnitResult(Engagement, "S1", M("2025-03"), "P1", "R42", true, false, true, false, 1, Days: 7),
                new UnitResult(WarmHandoff, "S1", M("2025-03"), "P1", "R42", true, false, false, false, 0),
            ],
            units);
    }

    [Theory]
    [InlineData("2025-03-10", true)]
    [InlineData("2025-04-09", true)]
    [InlineData("2025-04-10", false)]
    [InlineData("2025-03-09", false)]
    public void Evaluate_BhContactAroundTheWindow_EngagedInRToRPlus30(string contact, bool engaged)
    {
        // r = 2025-03-10, r + 30 = 2025-04-09.
        var deck = new TimelineBuilder().Encounter(contact, "care_management").Refer("2025-03-10");

        var unit = Single(Run(deck), Engagement);

        Assert.Equal(engaged, unit.InNumerator);
        Assert.False(unit.Pending);
    }

    [Theory]
    [InlineData("behavioral_health", "completed", true)]
    [InlineData("psychiatric_consult", "completed", true)]
    [InlineData("care_management", "completed", true)]
    [InlineData("behavioral_health", "no_show", false)]
    [InlineData("primary_care", "completed", false)]
    public void Evaluate_EncounterAfterTheReferral_EngagedOnlyByACompletedBhContact(string type, string status, bool engaged)
    {
        var deck = new TimelineBuilder().Refer("2025-03-10").Encounter("2025-03-20", type, status: status);

        Assert.Equal(engaged, Single(Run(deck), Engagement).InNumerator);
    }

    [Fact]
    public void Evaluate_SeveralBhContacts_DaysCountToTheFirstInTheWindow()
    {
        var deck = new TimelineBuilder().Encounter("2025-03-01", "behavioral_health").Refer("2025-03-10")
            .Encounter("2025-03-12", "behavioral_health", status: "no_show").Encounter("2025-03-13", "behavioral_health").Encounter("2025-03-20", "psychiatric_consult");

        Assert.Equal(3, Single(Run(deck), Engagement).Days);
    }

    [Fact]
    public void Evaluate_BhContactOnTheReferralDay_EngagedAfterZeroDaysAndAWarmHandoff()
    {
        var deck = new TimelineBuilder().Refer("2025-03-10", warm: false).Encounter("2025-03-10", "behavioral_health");

        var units = Run(deck);

        Assert.Equal(0, Single(units, Engagement).Days);
        Assert.True(Single(units, WarmHandoff).InNumerator);
    }

    [Fact]
    public void Evaluate_NotEngaged_NoDays()
    {
        var deck = new TimelineBuilder().Refer("2025-03-10");

        Assert.All(Run(deck), u => Assert.Null(u.Days));
    }

    [Theory]
    [InlineData("behavioral_health")]
    [InlineData("psychiatry")]
    [InlineData("substance_use")]
    public void Evaluate_BhReferralService_IsAUnit(string service)
    {
        var deck = new TimelineBuilder().Refer("2025-03-10", service);

        Assert.Equal(2, Run(deck).Count);
    }

    [Fact]
    public void Evaluate_NonBhReferral_NoUnit()
    {
        var deck = new TimelineBuilder().Refer("2025-03-10", "cardiology", warm: true).Encounter("2025-03-10", "behavioral_health");

        Assert.Empty(Run(deck));
    }

    [Fact]
    public void Evaluate_SeveralReferralsInAMonth_TheEarliestIsTheIndex()
    {
        var deck = new TimelineBuilder().Refer("2025-03-20", warm: true).Refer("2025-03-05", clinic: "S1").Refer("2025-03-01", "cardiology");

        var units = Run(deck);

        Assert.All(units, u => Assert.Equal(("S1", "R2"), (u.ClinicId, u.UnitId)));
        Assert.False(Single(units, WarmHandoff).InNumerator); // the later referral's warm handoff is not the index's
    }

    [Fact]
    public void Evaluate_TwoReferralsOnOneDay_LowestIdOrdinalIsTheIndex()
    {
        var deck = new TimelineBuilder().Refer("2025-03-10", id: "R9").Refer("2025-03-10", id: "R10", warm: true);

        var units = Run(deck);

        Assert.All(units, u => Assert.Equal("R10", u.UnitId));
        Assert.True(Single(units, WarmHandoff).InNumerator);
    }

    [Fact]
    public void Evaluate_ReferralsInTwoMonths_OneUnitPerMonthAndMeasure()
    {
        var deck = new TimelineBuilder().Refer("2025-03-30").Encounter("2025-04-02", "behavioral_health").Refer("2025-04-01");

        var units = Run(deck).Where(u => u.MeasureId == Engagement).ToList();

        Assert.Equal([("2025-03", "R1", 3), ("2025-04", "R2", 1)], units.Select(u => (u.Period.ToString(), u.UnitId, u.Days ?? -1)));
    }

    [Fact]
    public void Evaluate_ReferralInAMonthNotReported_NoUnit()
    {
        var deck = new TimelineBuilder().Refer("2024-12-31").Encounter("2025-01-02", "behavioral_health");

        Assert.Empty(Run(deck));
    }

    [Theory]
    [InlineData("2025-04-08", true)]
    [InlineData("2025-04-09", false)]
    public void Evaluate_NoContactYet_EngagementPendingWhileTheAsOfDateIsBeforeRPlus30(string asOf, bool pending)
    {
        var deck = new TimelineBuilder().Refer("2025-03-10");

        var units = Run(deck, asOf: asOf);

        Assert.Equal(pending, Single(units, Engagement).Pending);
        Assert.True(Single(units, Engagement).InDenominator);
        Assert.False(Single(units, WarmHandoff).Pending);
    }

    [Fact]
    public void Evaluate_ContactBeforeTheWindowCloses_EngagedAndNotPending()
    {
        var deck = new TimelineBuilder().Refer("2025-03-10").Encounter("2025-03-11", "behavioral_health");

        var unit = Single(Run(deck, asOf: "2025-03-12"), Engagement);

        Assert.True(unit.InNumerator);
        Assert.False(unit.Pending);
        Assert.Equal(1, unit.Days);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(null, false)]
    public void Evaluate_WarmHandoffFlagWithoutASameDayContact_MetOnlyWhenTrue(bool? warm, bool met)
    {
        var deck = new TimelineBuilder().Refer("2025-03-10", warm: warm).Encounter("2025-03-11", "behavioral_health");

        Assert.Equal(met, Single(Run(deck), WarmHandoff).InNumerator);
    }

    [Theory]
    [InlineData("completed", true)]
    [InlineData("no_show", false)]
    [InlineData("cancelled", false)]
    public void Evaluate_BhEncounterOnTheReferralDay_WarmHandoffOnlyWhenCompleted(string status, bool met)
    {
        var deck = new TimelineBuilder().Refer("2025-03-10").Encounter("2025-03-10", "psychiatric_consult", status: status);

        Assert.Equal(met, Single(Run(deck), WarmHandoff).InNumerator);
    }

    [Fact]
    public void Evaluate_ConfiguredWindow_Applies()
    {
        var deck = new TimelineBuilder().Refer("2025-03-10").Encounter("2025-03-25", "behavioral_health");

        Assert.False(Single(Run(deck, overrides: ["referral_engagement.windowDays=14"]), Engagement).InNumerator);
    }

    private static List<UnitResult> Run(TimelineBuilder deck, string asOf = "2025-12-31", string from = "2025-01", string to = "2025-12", string[]? overrides = null)
    {
        var results = new List<UnitResult>();
        new ReferralEngagement(For(asOf, from, to, overrides ?? [])).Evaluate(deck.AsOf(asOf), results);
        return results;
    }

    private static UnitResult Single(List<UnitResult> results, string measure) => Assert.Single(results, r => r.MeasureId == measure);
}
