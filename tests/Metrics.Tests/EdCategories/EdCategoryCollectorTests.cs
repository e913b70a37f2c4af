using QiPipeline.Metrics.EdCategories;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.EdCategories;

/// <summary>
/// The NYU categories of the ED visits the <c>ed_visits</c> measure counts (docs/measures.md "ED use": events are
/// the visits without admission dated in the month, at the patient's attributed clinic; a code not in the table
/// leaves the visit unclassified), summed per clinic and month.
/// </summary>
public sealed class EdCategoryCollectorTests
{
    private const string AsOf = "2024-12-31";

    private static readonly EdClassification Table = EdClassification.FromCsv(new StringReader("""
        icd10,edcnnpa,edcnpa,epct,noner,injury,psych,alcohol,drug
        J069,0,0.25,0.5,0.25,0,0,0,0
        S52501A,0,0,0,0,1,0,0,0
        F329,0,0,0,0,0,1,0,0
        R51,0.125,0,0.125,0.75,0,0,0,0
        """));

    [Fact]
    public void Observe_VisitsAtTwoClinics_SumsEachCategoryAndTheUnclassifiedPerAttributedClinicAndMonth()
    {
        var collector = Run(
            new TimelineBuilder(patientId: "P1").Pc("2024-01-05", clinic: "N1")
                .Ed("2024-03-01", "J06.9")
                .Ed("2024-03-02", "R51")
                .Ed("2024-03-03", "U07.1")
                .Ed("2024-03-04", null)
                .Ed("2024-03-05", "F32.9", admitted: true)
                .Ed("2024-04-30", "S52.501A"),
            new TimelineBuilder(patientId: "P2").Pc("2024-02-10", clinic: "N2")
                .Ed("2024-03-31", "F32.9")
                .Ed("2024-03-20", "J06.9"));

        Assert.Equal(
            [
                // J06.9 + R51; U07.1 and the empty code are unclassified; the admitted visit is no event.
                new EdCategoryTotal("N1", M("2024-03"), 4, new EdWeights(0.125, 0.25, 0.625, 1.0, 0, 0, 0, 0), 2),
                new EdCategoryTotal("N1", M("2024-04"), 1, new EdWeights(0, 0, 0, 0, 1, 0, 0, 0), 0),
                new EdCategoryTotal("N2", M("2024-03"), 2, new EdWeights(0, 0.25, 0.5, 0.25, 0, 1, 0, 0), 0),
            ],
            collector.Totals);
    }

    [Fact]
    public void Observe_VisitsAcrossPatients_TotalsAddUpAndVisitsEqualTheEdVisitsNumerator()
    {
        var decks = new[]
        {
            new TimelineBuilder(patientId: "P1").Pc("2024-01-05").Ed("2024-03-01", "J06.9").Ed("2024-03-09", "X99.9"),
            new TimelineBuilder(patientId: "P2").Pc("2024-01-06").Ed("2024-03-15", "R51"),
        };
        var context = For(AsOf, "2024-03", "2024-03");
        var edUse = new EdUse(context, Table);
        var collector = new EdCategoryCollector(Table);
        var numerator = 0.0;
        foreach (var deck in decks)
        {
            var units = new List<UnitResult>();
            var timeline = deck.AsOf(AsOf);
            edUse.Evaluate(timeline, units);
            numerator += units.Single(u => u.MeasureId == "ed_visits").NumeratorValue;
            collector.Observe(timeline, units);
        }

        var total = Assert.Single(collector.Totals);
        Assert.Equal(numerator, total.Visits);
        Assert.Equal(new EdCategoryTotal("N1", M("2024-03"), 3, new EdWeights(0.125, 0.25, 0.625, 1.0, 0, 0, 0, 0), 1), total);
    }

    [Fact]
    public void Observe_UnattributedPatientOrMonthOutsideTheReport_NotCounted()
    {
        var collector = Run(
            new TimelineBuilder(patientId: "P1").Ed("2024-03-01", "J06.9"),
            new TimelineBuilder(patientId: "P2").Pc("2024-01-05").Ed("2024-02-29", "J06.9"));

        Assert.Empty(collector.Totals);
    }

    [Fact]
    public void Totals_Record_HoldsNoPatientId()
    {
        Assert.Equal(["ClinicId", "Period", "Visits", "Weights", "Unclassified"], typeof(EdCategoryTotal).GetProperties().Select(p => p.Name));
    }

    /// <summary>Runs the ED measures on each deck for March and April 2024, the way a measure run feeds the collector.</summary>
    private static EdCategoryCollector Run(params TimelineBuilder[] decks)
    {
        var edUse = new EdUse(For(AsOf, "2024-03", "2024-04"), Table);
        var collector = new EdCategoryCollector(Table);
        foreach (var deck in decks)
        {
            var units = new List<UnitResult>();
            var timeline = deck.AsOf(AsOf);
            edUse.Evaluate(timeline, units);
            collector.Observe(timeline, units);
        }

        return collector;
    }
}
