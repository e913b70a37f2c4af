using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Tests.Support;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Tests.Engine;

/// <summary>Adding units up: clinic rows, the network row, pending, strata and days to engagement.</summary>
public sealed class KpiAggregatorTests
{
    private static readonly Month March = Contexts.M("2025-03");

    [Fact]
    public void Rows_UnitsOfTwoClinics_GiveClinicRowsAndTheNetworkAsTheirSum()
    {
        var aggregator = new KpiAggregator(["referral_engagement"], ["N1", "S1"], Contexts.For("2025-03-31", "2025-02", "2025-03"));
        aggregator.Add(Patient("A", "F", "English", birth: "2010-06-01"), [Unit("N1", "A", met: true, days: 3), Unit("N1", "A2", met: false)]);
        aggregator.Add(Patient("B", "M", "Spanish", birth: "1950-01-01"), [Unit("S1", "B", met: true, days: 10, pending: false), Unit("S1", "B2", met: false, pending: true)]);
        aggregator.Add(Patient("C", "M", null, birth: "1990-01-01"), [UnitResult.Exclusion("referral_engagement", "S1", March, "C", "C")]);

        var rows = aggregator.Rows().ToList();

        var all = rows.Where(r => r.Stratum == KpiRow.AllStratum).ToList();
        Assert.Equal(6, all.Count); // N1, S1, ALL x February, March
        Assert.Equal(["N1", "N1", "S1", "S1", "ALL", "ALL"], all.Select(r => r.ClinicId));
        var feb = all.Single(r => r.ClinicId == "ALL" && r.Period == Contexts.M("2025-02"));
        Assert.Equal((0.0, 0L, (double?)null, "final"), (feb.Numerator, feb.Denominator, feb.Rate, feb.Status));
        var n1 = all.Single(r => r.ClinicId == "N1" && r.Period == March);
        Assert.Equal((1.0, 2L, 0.5, "final", 3.0), (n1.Numerator, n1.Denominator, n1.Rate!.Value, n1.Status, n1.MedianDays!.Value));
        var s1 = all.Single(r => r.ClinicId == "S1" && r.Period == March);
        Assert.Equal((1.0, 2L, "pending"), (s1.Numerator, s1.Denominator, s1.Status));
        var network = all.Single(r => r.ClinicId == "ALL" && r.Period == March);
        Assert.Equal((2.0, 4L, "pending", 6.5), (network.Numerator, network.Denominator, network.Status, network.MedianDays!.Value));

        var strata = rows.Where(r => r.ClinicId == "ALL" && r.Stratum != KpiRow.AllStratum).ToList();
        Assert.Equal([("12-17", 2L), ("65+", 2L)], strata.Where(r => r.Stratum == "age_band").Select(r => (r.StratumValue, r.Denominator)));
        Assert.Equal([("English", 2L), ("Spanish", 2L)], strata.Where(r => r.Stratum == "language").Select(r => (r.StratumValue, r.Denominator)));
    }

    [Fact]
    public void Rows_PatientScreenedAtTwoClinicsInOneMonth_NetworkCountsThePatientOnceMetWhenAnyClinicIs()
    {
        // v2: the network row counts every unit once, keyed by (patient, unit id); v1 summed the clinic rows (2 / 2).
        var aggregator = new KpiAggregator([Screening], ["N1", "S1"], Contexts.For("2025-03-31", "2025-03", "2025-03"));
        aggregator.Add(Patient("A", "F", "English"), [Screen("N1", "A", met: false), Screen("S1", "A", met: true)]);
        aggregator.Add(Patient("B", "M", "Spanish"), [Screen("N1", "B", met: false)]);

        var rows = aggregator.Rows().ToList();

        Assert.Equal([("N1", 0.0, 2L), ("S1", 1.0, 1L), ("ALL", 1.0, 2L)], AllRows(rows).Select(r => (r.ClinicId, r.Numerator, r.Denominator)));
        var strata = rows.Where(r => r.ClinicId == KpiRow.Network && r.Stratum == "language").ToList();
        Assert.Equal([("English", 1.0, 1L), ("Spanish", 0.0, 1L)], strata.Select(r => (r.StratumValue, r.Numerator, r.Denominator)));
        Assert.Equal([("F", 1.0, 1L), ("M", 0.0, 1L)], rows.Where(r => r.ClinicId == KpiRow.Network && r.Stratum == "sex").Select(r => (r.StratumValue, r.Numerator, r.Denominator)));
    }

    [Fact]
    public void Rows_ScreeningDeckSeenAtTwoClinics_NetworkRowCountsThePatientOnce()
    {
        // The screen is after the N1 visit and before the S1 visit: met at S1 only; the network has one met unit.
        var context = Contexts.For("2025-03-31", "2025-03", "2025-03");
        var deck = new TimelineBuilder().Pc("2025-03-05", clinic: "N1").Screen("2025-03-12", "PHQ-9", 2).Pc("2025-03-15", clinic: "S1").AsOf("2025-03-31");
        var units = new List<UnitResult>();
        new QiPipeline.Metrics.Measures.ScreeningCoverage(context).Evaluate(deck, units);
        var aggregator = new KpiAggregator([Screening], ["N1", "S1"], context);

        aggregator.Add(deck.Patient, [.. units.Where(u => u.MeasureId == Screening)]);

        Assert.Equal([("N1", 0.0, 1L), ("S1", 1.0, 1L), ("ALL", 1.0, 1L)], AllRows(aggregator.Rows()).Select(r => (r.ClinicId, r.Numerator, r.Denominator)));
    }

    [Fact]
    public void Rows_PatientMetAtBothClinics_NetworkNumeratorOnce()
    {
        var aggregator = new KpiAggregator([Screening], ["N1", "S1"], Contexts.For("2025-03-31", "2025-03", "2025-03"));
        aggregator.Add(Patient("A", "F", "English"), [Screen("N1", "A", met: true), Screen("S1", "A", met: true)]);

        Assert.Equal([("N1", 1.0, 1L), ("S1", 1.0, 1L), ("ALL", 1.0, 1L)], AllRows(aggregator.Rows()).Select(r => (r.ClinicId, r.Numerator, r.Denominator)));
    }

    [Fact]
    public void Rows_PatientExcludedAtOneClinicNotAtTheOther_NetworkUnitInTheDenominatorWithTheOthersResult()
    {
        var aggregator = new KpiAggregator([Screening], ["N1", "S1"], Contexts.For("2025-03-31", "2025-03", "2025-03"));
        aggregator.Add(Patient("A", "F", "English"), [UnitResult.Exclusion(Screening, "N1", March, "A", "A"), Screen("S1", "A", met: false)]);
        aggregator.Add(Patient("B", "F", "English"), [UnitResult.Exclusion(Screening, "N1", March, "B", "B"), UnitResult.Exclusion(Screening, "S1", March, "B", "B")]);

        Assert.Equal([("N1", 0.0, 0L), ("S1", 0.0, 1L), ("ALL", 0.0, 1L)], AllRows(aggregator.Rows()).Select(r => (r.ClinicId, r.Numerator, r.Denominator)));
    }

    [Fact]
    public void Rows_OneClinicUnitPending_NetworkUnitPending()
    {
        var aggregator = new KpiAggregator([Screening], ["N1", "S1"], Contexts.For("2025-03-31", "2025-03", "2025-03"));
        aggregator.Add(Patient("A", "F", "English"), [Screen("N1", "A", met: false), Screen("S1", "A", met: false) with { Pending = true }]);

        var network = AllRows(aggregator.Rows()).Single(r => r.ClinicId == KpiRow.Network);

        Assert.Equal((0.0, 1L, "pending"), (network.Numerator, network.Denominator, network.Status));
    }

    [Fact]
    public void Rows_SamePatientInTwoMonthsOrTwoMeasuresOrTwoPatients_NotMerged()
    {
        var aggregator = new KpiAggregator([Screening, "anxiety_screening"], ["N1", "S1"], Contexts.For("2025-03-31", "2025-02", "2025-03"));
        aggregator.Add(Patient("A", "F", "English"), [
            Screen("N1", "A", met: true) with { Period = Contexts.M("2025-02") }, Screen("S1", "A", met: true),
            Screen("N1", "A", met: true) with { MeasureId = "anxiety_screening" }]);
        aggregator.Add(Patient("A2", "F", "English"), [Screen("S1", "A2", met: true)]);

        var network = AllRows(aggregator.Rows()).Where(r => r.ClinicId == KpiRow.Network).ToList();

        Assert.Equal([(Screening, "2025-02", 1L), (Screening, "2025-03", 2L), ("anxiety_screening", "2025-02", 0L), ("anxiety_screening", "2025-03", 1L)], network.Select(r => (r.MeasureId, r.Period.ToString(), r.Denominator)));
    }

    [Fact]
    public void Rows_DistinctIndexUnitsOfOnePatientAtTwoClinics_NetworkIsTheSum()
    {
        // Referral units are keyed by the referral id: two referrals are two units, whatever their clinics.
        var aggregator = new KpiAggregator(["referral_engagement"], ["N1", "S1"], Contexts.For("2025-03-31", "2025-03", "2025-03"));
        aggregator.Add(Patient("A", "F", "English"), [Unit("N1", "A1", met: true), Unit("S1", "A2", met: true)]);

        Assert.Equal([("N1", 1.0, 1L), ("S1", 1.0, 1L), ("ALL", 2.0, 2L)], AllRows(aggregator.Rows()).Select(r => (r.ClinicId, r.Numerator, r.Denominator)));
    }

    [Fact]
    public void Rows_NoConfiguredClinics_ListTheClinicsSeenInOrdinalOrder()
    {
        var aggregator = new KpiAggregator(["referral_engagement"], [], Contexts.For("2025-03-31", "2025-03", "2025-03"));
        aggregator.Add(Patient("A", "F", "English"), [Unit("b2", "A", met: true), Unit("B1", "A2", met: true)]);

        Assert.Equal(["B1", "b2", "ALL"], aggregator.Rows().Where(r => r.Stratum == KpiRow.AllStratum).Select(r => r.ClinicId));
    }

    private const string Screening = "depression_screening";

    private static IEnumerable<KpiRow> AllRows(IEnumerable<KpiRow> rows) => rows.Where(r => r.Stratum == KpiRow.AllStratum);

    private static UnitResult Screen(string clinic, string patient, bool met) =>
        UnitResult.Proportion(Screening, clinic, March, patient, patient, met);

    private static Patient Patient(string id, string sex, string? language, string birth = "1980-01-01") =>
        new("north", id, "N1", TimelineBuilder.D(birth), sex, null, null, language, "Medicaid", null);

    private static UnitResult Unit(string clinic, string unit, bool met, int? days = null, bool pending = false) =>
        UnitResult.Proportion("referral_engagement", clinic, March, unit[..1], unit, met, pending) with { Days = days };
}
