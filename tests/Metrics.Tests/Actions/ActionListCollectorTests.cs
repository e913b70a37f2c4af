using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Actions.ActionDecks;

namespace QiPipeline.Metrics.Tests.Actions;

/// <summary>The collector's order and its silence about patients who are fine.</summary>
public sealed class ActionListCollectorTests
{
    [Fact]
    public void Items_SeveralPatientsAndReasons_ByUrgencyThenDaysOverdueMostFirst()
    {
        TimelineBuilder[] decks =
        [
            new TimelineBuilder(patientId: "A").Pc("2024-06-15").Dx("2025-05-01", "F32.1").Fill("2025-05-01", 30), // gap, 23 days
            new TimelineBuilder(patientId: "B").Refer("2025-06-10"), // referral, 6 days
            new TimelineBuilder(patientId: "C").Screen("2025-06-25", "PHQ-9", 8, item9: 1), // item 9, 5 days
            new TimelineBuilder(patientId: "D").Refer("2025-05-01"), // referral, 46 days
            new TimelineBuilder(patientId: "E").Screen("2025-06-05", "PHQ-9", 8, item9: 1), // item 9, 25 days
            new TimelineBuilder(patientId: "F").Screen("2025-05-20", "PHQ-2", 5), // missed follow-up, 11 days
            new TimelineBuilder(patientId: "G").Dx("2025-04-07", "F32.1").Screen("2025-04-07", "PHQ-9", 16).Encounter("2025-04-08", "behavioral_health"), // stepped care, due 2025-06-02 (8 weeks): 28 days
        ];

        var items = Run(AsOf, decks);

        Assert.Equal(
            [("E", "suicide_risk", 25), ("C", "suicide_risk", 5), ("F", "missed_followup", 11), ("D", "unengaged_referral", 46), ("B", "unengaged_referral", 6),
                ("G", "stepped_care", 28), ("A", "coverage_gap", 23)],
            items.Select(i => (i.PatientId, i.Reason.Code, i.DaysOverdue)));
    }

    [Fact]
    public void Items_PatientWithEveryNeedMet_NoItem()
    {
        // Positive screen followed up by a BH visit, referral engaged, item 9 answered the same day,
        // a response at 10 weeks and antidepressant supply running to the as-of date.
        var deck = new TimelineBuilder().Pc("2024-06-15").Dx("2025-04-10", "F32.1")
            .Screen("2025-04-10", "PHQ-9", 18, item9: 1).Encounter("2025-04-10", "behavioral_health").Refer("2025-04-10")
            .Fill("2025-04-12", 30).Fill("2025-05-10", 30).Fill("2025-06-08", 30)
            .Screen("2025-06-20", "PHQ-9", 7, item9: 0);

        Assert.Empty(Run(deck));
    }

    [Fact]
    public void Items_CareManagementAndBhContacts_RowGivesTheLastBhContactAndTheLastCareManager()
    {
        // The flag (2025-06-10) is not answered by care management; the last BH contact is the care-management
        // call of 2025-06-20, by CM-2; the primary-care visit after it is no BH contact; a cancelled call counts for neither.
        var deck = new TimelineBuilder().Encounter("2025-05-02", "care_management", provider: "CM-1").Screen("2025-06-10", "PHQ-9", 15, item9: 1)
            .Encounter("2025-06-20", "care_management", provider: "CM-2").Encounter("2025-06-25", "care_management", status: "cancelled", provider: "CM-3")
            .Pc("2025-06-27");

        var item = Single(Run(deck), Metrics.Actions.ActionReason.SuicideRisk);

        Assert.Equal((new DateOnly(2025, 6, 20), "CM-2"), (item.LastBhContact, item.CareManager));
    }

    [Fact]
    public void Items_NoContactAtAll_NoLastContactNorCareManager()
    {
        var item = Single(Run(new TimelineBuilder().Screen("2025-06-10", "PHQ-9", 15, item9: 1)), Metrics.Actions.ActionReason.SuicideRisk);

        Assert.Equal((null, null), (item.LastBhContact, item.CareManager));
    }

    [Fact]
    public void Items_NoPatient_Empty()
    {
        Assert.Empty(Run(AsOf, []));
    }
}
