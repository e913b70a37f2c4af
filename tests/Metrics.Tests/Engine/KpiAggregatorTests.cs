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
    public void Rows_NoConfiguredClinics_ListTheClinicsSeenInOrdinalOrder()
    {
        var aggregator = new KpiAggregator(["referral_engagement"], [], Contexts.For("2025-03-31", "2025-03", "2025-03"));
        aggregator.Add(Patient("A", "F", "English"), [Unit("b2", "A", met: true), Unit("B1", "A2", met: true)]);

        Assert.Equal(["B1", "b2", "ALL"], aggregator.Rows().Where(r => r.Stratum == KpiRow.AllStratum).Select(r => r.ClinicId));
    }

    private static Patient Patient(string id, string sex, string? language, string birth = "1980-01-01") =>
        new("north", id, "N1", TimelineBuilder.D(birth), sex, null, null, language, "Medicaid", null);

    private static UnitResult Unit(string clinic, string unit, bool met, int? days = null, bool pending = false) =>
        UnitResult.Proportion("referral_engagement", clinic, March, unit[..1], unit, met, pending) with { Days = days };
}
