using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>Test decks for <c>bh_telehealth_share</c> (docs/measures.md "BH visit attendance": a completed BH contact, met by video or phone).</summary>
public sealed class BhTelehealthShareTests
{
    private const string Id = "bh_telehealth_share";

    [Theory]
    [InlineData("behavioral_health", "telehealth", true)]
    [InlineData("care_management", "phone", true)]
    [InlineData("psychiatric_consult", "telehealth", true)]
    [InlineData("behavioral_health", "in_person", false)]
    [InlineData("care_management", null, false)]
    public void Evaluate_CompletedBhContact_UnitWithTheEncountersClinicAndIdMetByVideoOrPhone(string type, string? modality, bool met)
    {
        var deck = new TimelineBuilder().Encounter("2025-03-10", type, clinic: "S1", id: "E7", modality: modality);

        var unit = Assert.Single(Run(deck));

        Assert.Equal(new UnitResult(Id, "S1", M("2025-03"), "P1", "E7", true, false, met, false, met ? 1 : 0), unit);
    }

    [Theory]
    [InlineData("behavioral_health", "no_show")]
    [InlineData("behavioral_health", "cancelled")]
    [InlineData("primary_care", "completed")]
    [InlineData("other", "completed")]
    public void Evaluate_NotACompletedBhContact_NoUnit(string type, string status)
    {
        var deck = new TimelineBuilder().Encounter("2025-03-10", type, status: status, modality: "telehealth");

        Assert.Empty(Run(deck));
    }

    [Fact]
    public void Evaluate_SeveralContacts_OneUnitEachInReportedMonthsOnly()
    {
        var deck = new TimelineBuilder()
            .Encounter("2024-12-31", "behavioral_health", modality: "phone")
            .Encounter("2025-03-01", "behavioral_health", modality: "telehealth")
            .Encounter("2025-03-31", "care_management", modality: "in_person")
            .Encounter("2025-04-01", "psychiatric_consult", modality: "phone");

        var units = Run(deck);

        Assert.Equal([("2025-03", "E2", true), ("2025-03", "E3", false), ("2025-04", "E4", true)], units.Select(u => (u.Period.ToString(), u.UnitId, u.InNumerator)));
        Assert.All(units, u => Assert.False(u.Pending));
    }

    [Fact]
    public void Evaluate_ContactAfterTheAsOfDate_NoUnit()
    {
        var deck = new TimelineBuilder().Encounter("2025-03-11", "behavioral_health", modality: "telehealth");

        Assert.Empty(Run(deck, asOf: "2025-03-10"));
    }

    private static List<UnitResult> Run(TimelineBuilder deck, string asOf = "2025-12-31")
    {
        var results = new List<UnitResult>();
        new BhTelehealthShare(For(asOf, "2025-01", "2025-12")).Evaluate(deck.AsOf(asOf), results);
        return results;
    }
}
