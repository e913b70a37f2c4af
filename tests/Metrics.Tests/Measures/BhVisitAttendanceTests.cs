using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>Test decks for <c>bh_visit_attendance</c> (docs/measures.md "BH visit attendance").</summary>
public sealed class BhVisitAttendanceTests
{
    private const string Id = "bh_visit_attendance";

    [Theory]
    [InlineData("behavioral_health")]
    [InlineData("care_management")]
    [InlineData("psychiatric_consult")]
    public void Evaluate_CompletedBhEncounter_AttendedUnitWithTheEncountersClinicAndId(string type)
    {
        var deck = new TimelineBuilder().Encounter("2025-03-10", type, clinic: "S1", id: "E7");

        var unit = Assert.Single(Run(deck));

        Assert.Equal(new UnitResult(Id, "S1", M("2025-03"), "P1", "E7", true, false, true, false, 1), unit);
    }

    [Fact]
    public void Evaluate_NoShowBhEncounter_UnitNotAttended()
    {
        var deck = new TimelineBuilder().Encounter("2025-03-10", "behavioral_health", status: "no_show");

        var unit = Assert.Single(Run(deck));

        Assert.True(unit.InDenominator);
        Assert.False(unit.InNumerator);
        Assert.False(unit.Pending);
    }

    [Theory]
    [InlineData("behavioral_health", "cancelled")]
    [InlineData("care_management", "scheduled")]
    [InlineData("primary_care", "completed")]
    [InlineData("primary_care", "no_show")]
    public void Evaluate_CancelledOrNotBh_NoUnit(string type, string status)
    {
        var deck = new TimelineBuilder().Encounter("2025-03-10", type, status: status);

        Assert.Empty(Run(deck));
    }

    [Fact]
    public void Evaluate_SeveralEncounters_OneUnitEachInItsMonth()
    {
        var deck = new TimelineBuilder()
            .Encounter("2025-02-28", "behavioral_health")
            .Encounter("2025-03-01", "behavioral_health", status: "no_show")
            .Encounter("2025-03-01", "care_management")
            .Encounter("2024-12-31", "behavioral_health");

        var units = Run(deck);

        Assert.Equal([("2025-02", "E1", true), ("2025-03", "E2", false), ("2025-03", "E3", true)], units.Select(u => (u.Period.ToString(), u.UnitId, u.InNumerator)));
    }

    [Fact]
    public void Evaluate_NoShowOnTheAsOfDate_FinalNotPending()
    {
        var deck = new TimelineBuilder().Encounter("2025-03-10", "behavioral_health", status: "no_show");

        Assert.False(Assert.Single(Run(deck, asOf: "2025-03-10")).Pending);
    }

    [Fact]
    public void Evaluate_EncounterAfterTheAsOfDate_NoUnit()
    {
        var deck = new TimelineBuilder().Encounter("2025-03-11", "behavioral_health");

        Assert.Empty(Run(deck, asOf: "2025-03-10"));
    }

    private static List<UnitResult> Run(TimelineBuilder deck, string asOf = "2025-12-31")
    {
        var results = new List<UnitResult>();
        new BhVisitAttendance(For(asOf, "2025-01", "2025-12")).Evaluate(deck.AsOf(asOf), results);
        return results;
    }
}
