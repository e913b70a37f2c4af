using QiPipeline.Metrics.Billing;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.Billing;

/// <summary>
/// The collector's sums over a deck of four patients whose codes follow docs/measures.md "CoCM": a first month
/// (no minutes in the 6 months before) is 99492 from 36 minutes, a later month 99493 from 31; one 99494 per
/// 30 minutes beyond 70 (first) or 60 (later) once 16 of them are reached; below those, G2214 from 16 minutes.
/// </summary>
public sealed class CocmCollectorTests
{
    private const string AsOf = "2024-12-31";

    [Fact]
    public void Observe_FourPatients_SumsPatientMonthsAndUnitsPerClinicMonthAndCode()
    {
        var collector = new CocmCollector(For(AsOf, "2024-01", "2024-06"));

        // P1 at N1: 40 minutes in a first month: 99492; 100 minutes the next month: 99493, and 100 - 60 = 40
        // beyond, at least 16 of the first block of 30: one 99494.
        Observe(collector, new TimelineBuilder(patientId: "P1")
            .Encounter("2024-03-04", "care_management", minutes: 40)
            .Encounter("2024-04-04", "care_management", minutes: 100));

        // P2 at N1: 20 minutes in a first month (below 36, at least 16): G2214; then 130 minutes in a later month:
        // 99493, and 70 beyond 60: the blocks 61-90 and 91-120 are full, 121-150 has 10 (< 16): two 99494.
        Observe(collector, new TimelineBuilder(patientId: "P2")
            .Encounter("2024-03-11", "care_management", minutes: 20)
            .Encounter("2024-04-11", "care_management", minutes: 130));

        // P3 at N2: 36 minutes in a first month: 99492. P4 at N1: 10 minutes, below every threshold: nothing.
        Observe(collector, new TimelineBuilder(patientId: "P3").Encounter("2024-03-18", "care_management", clinic: "N2", minutes: 36));
        Observe(collector, new TimelineBuilder(patientId: "P4").Encounter("2024-03-25", "care_management", minutes: 10));

        Assert.Equal(
            [
                new CocmTotal("N1", M("2024-03"), "99492", 1, 1),
                new CocmTotal("N1", M("2024-03"), "G2214", 1, 1),
                new CocmTotal("N1", M("2024-04"), "99493", 2, 2),
                new CocmTotal("N1", M("2024-04"), "99494", 2, 3),
                new CocmTotal("N2", M("2024-03"), "99492", 1, 1),
            ],
            collector.Totals);
    }

    [Fact]
    public void Observe_MonthOutsideTheReport_NotCounted()
    {
        var collector = new CocmCollector(For(AsOf, "2024-04", "2024-06"));

        Observe(collector, new TimelineBuilder().Encounter("2024-03-04", "care_management", minutes: 40));

        Assert.Empty(collector.Totals);
    }

    [Fact]
    public void Totals_Record_HoldsNoPatientId()
    {
        var names = typeof(CocmTotal).GetProperties().Select(p => p.Name).ToList();

        Assert.Equal(["ClinicId", "Period", "Code", "PatientMonths", "Units"], names);
        Assert.DoesNotContain(typeof(CocmCollector).GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic),
            f => f.FieldType.ToString().Contains("PatientTimeline", StringComparison.Ordinal) || f.FieldType.ToString().Contains("CocmClaim", StringComparison.Ordinal));
    }

    private static void Observe(CocmCollector collector, TimelineBuilder deck) => collector.Observe(deck.AsOf(AsOf), []);
}
