using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>Test decks for the collaborative care billing codes (docs/measures.md "Collaborative care billing").</summary>
public sealed class CocmBillingTests
{
    private const string Final = "2024-12-31";

    [Theory]
    [InlineData(15, "")]
    [InlineData(16, "G2214x1")]
    [InlineData(35, "G2214x1")]
    [InlineData(36, "99492x1")]
    [InlineData(85, "99492x1")]
    [InlineData(86, "99492x1 99494x1")]
    [InlineData(115, "99492x1 99494x1")]
    [InlineData(116, "99492x1 99494x2")]
    [InlineData(146, "99492x1 99494x3")]
    public void Evaluate_FirstMonthMinutes_99492From36And99494Per30Beyond70(int minutes, string codes)
    {
        var deck = new TimelineBuilder().Encounter("2024-03-10", "care_management", minutes: minutes);

        Assert.Equal(codes, Codes(Run(deck, Final, "2024-03", "2024-03")));
    }

    [Theory]
    [InlineData(15, "")]
    [InlineData(16, "G2214x1")]
    [InlineData(30, "G2214x1")]
    [InlineData(31, "99493x1")]
    [InlineData(75, "99493x1")]
    [InlineData(76, "99493x1 99494x1")]
    [InlineData(105, "99493x1 99494x1")]
    [InlineData(106, "99493x1 99494x2")]
    public void Evaluate_LaterMonthMinutes_99493From31And99494Per30Beyond60(int minutes, string codes)
    {
        var deck = new TimelineBuilder()
            .Encounter("2024-02-10", "care_management", minutes: 20)
            .Encounter("2024-03-10", "care_management", minutes: minutes);

        Assert.Equal(codes, Codes(Run(deck, Final, "2024-03", "2024-03")));
    }

    [Theory]
    [InlineData("2023-08-31", "99492x1")]
    [InlineData("2023-09-01", "99493x1")]
    [InlineData("2024-02-29", "99493x1")]
    public void Evaluate_EarlierMinutesAroundSixCalendarMonths_FirstMonthOnlyWithoutThem(string earlier, string codes)
    {
        var deck = new TimelineBuilder()
            .Encounter(earlier, "care_management", minutes: 40)
            .Encounter("2024-03-01", "care_management", minutes: 36);

        Assert.Equal(codes, Codes(Run(deck, Final, "2024-03", "2024-03")));
    }

    [Theory]
    [InlineData("care_management", "no_show", 30)]
    [InlineData("care_management", "cancelled", 30)]
    [InlineData("care_management", "completed", null)]
    [InlineData("care_management", "completed", 0)]
    [InlineData("behavioral_health", "completed", 30)]
    [InlineData("psychiatric_consult", "completed", 30)]
    public void Evaluate_EarlierEncounterWithoutCareManagementMinutes_StillAFirstMonth(string type, string status, int? minutes)
    {
        var deck = new TimelineBuilder()
            .Encounter("2024-02-10", type, status: status, minutes: minutes)
            .Encounter("2024-03-10", "care_management", minutes: 36);

        Assert.Equal("99492x1", Codes(Run(deck, Final, "2024-03", "2024-03")));
    }

    [Fact]
    public void Evaluate_EarlierMonthBelowTheBillingThreshold_StillCareSoThisIsALaterMonth()
    {
        var deck = new TimelineBuilder()
            .Encounter("2024-01-10", "care_management", minutes: 10)
            .Encounter("2024-02-10", "care_management", minutes: 36);

        Assert.Equal("99493x1", Codes(Run(deck, Final, "2024-01", "2024-02")));
    }

    [Fact]
    public void Evaluate_OtherEncountersInTheMonth_OnlyCompletedCareManagementMinutesAddUp()
    {
        var deck = new TimelineBuilder()
            .Encounter("2024-03-05", "care_management", minutes: 10)
            .Encounter("2024-03-06", "care_management", status: "no_show", minutes: 30)
            .Encounter("2024-03-07", "behavioral_health", minutes: 30)
            .Encounter("2024-03-08", "care_management", minutes: null)
            .Encounter("2024-03-09", "care_management", minutes: 5);

        Assert.Equal("", Codes(Run(deck, Final, "2024-03", "2024-03")));
    }

    [Fact]
    public void Evaluate_MinutesAtTwoClinics_SummedAndBilledByTheClinicWithTheMost()
    {
        var deck = new TimelineBuilder(patientId: "P7")
            .Encounter("2024-03-05", "care_management", clinic: "N1", minutes: 20)
            .Encounter("2024-03-12", "care_management", clinic: "N2", minutes: 10)
            .Encounter("2024-03-20", "care_management", clinic: "N2", minutes: 15);

        var claim = Assert.Single(Run(deck, Final, "2024-03", "2024-03"));

        Assert.Equal(new CocmClaim("N2", M("2024-03"), "P7", "99492", 1), claim);
    }

    [Fact]
    public void Evaluate_EqualMinutesAtTwoClinics_LowestClinicIdBills()
    {
        var deck = new TimelineBuilder()
            .Encounter("2024-03-05", "care_management", clinic: "N3", minutes: 20)
            .Encounter("2024-03-12", "care_management", clinic: "N2", minutes: 20);

        Assert.Equal("N2", Assert.Single(Run(deck, Final, "2024-03", "2024-03")).ClinicId);
    }

    [Fact]
    public void Evaluate_MonthsOutsideTheReport_NoClaimsButTheyStillMakeLaterMonths()
    {
        var deck = new TimelineBuilder()
            .Encounter("2024-01-10", "care_management", minutes: 40)
            .Encounter("2024-02-10", "care_management", minutes: 40)
            .Encounter("2024-03-10", "care_management", minutes: 10)
            .Encounter("2024-04-10", "care_management", minutes: 90);

        var claims = Run(deck, Final, "2024-02", "2024-03");

        Assert.Equal(new CocmClaim("N1", M("2024-02"), "P1", "99493", 1), Assert.Single(claims));
    }

    [Fact]
    public void Evaluate_SeveralMonths_ClaimsInMonthOrder()
    {
        var deck = new TimelineBuilder()
            .Encounter("2024-03-10", "care_management", minutes: 20)
            .Encounter("2024-01-10", "care_management", minutes: 90)
            .Encounter("2024-02-10", "care_management", minutes: 80);

        var claims = Run(deck, Final, "2024-01", "2024-03");

        Assert.Equal(
            ["2024-01 99492x1", "2024-01 99494x1", "2024-02 99493x1", "2024-02 99494x1", "2024-03 G2214x1"],
            claims.Select(c => $"{c.Period} {c.Code}x{c.Units}"));
    }

    [Fact]
    public void Evaluate_EncounterAfterTheAsOfDate_NotCounted()
    {
        var deck = new TimelineBuilder()
            .Encounter("2024-03-10", "care_management", minutes: 20)
            .Encounter("2024-03-20", "care_management", minutes: 30);

        Assert.Equal("G2214x1", Codes(Run(deck, "2024-03-15", "2024-03", "2024-03")));
    }

    [Fact]
    public void Evaluate_ConfiguredLookback_OverridesSixMonths()
    {
        var deck = new TimelineBuilder()
            .Encounter("2024-01-10", "care_management", minutes: 40)
            .Encounter("2024-03-10", "care_management", minutes: 36);

        Assert.Equal("99492x1", Codes(Run(deck, Final, "2024-03", "2024-03", "cocm_billing.lookbackMonths=1")));
    }

    private static List<CocmClaim> Run(TimelineBuilder deck, string asOf, string from, string to, params string[] overrides) =>
        [.. CocmBilling.Evaluate(deck.AsOf(asOf), For(asOf, from, to, overrides))];

    private static string Codes(List<CocmClaim> claims) => string.Join(' ', claims.Select(c => $"{c.Code}x{c.Units}"));
}
