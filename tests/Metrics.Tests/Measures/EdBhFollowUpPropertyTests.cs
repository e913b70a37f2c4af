using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Timeline;
using static QiPipeline.Metrics.Tests.Measures.GroupBSeeds;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>Invariants of the ED follow-up measures on the seeded random patients of <see cref="GroupBRandomPatient"/>.</summary>
public sealed class EdBhFollowUpPropertyTests
{

    public static TheoryData<int> Seeds => GroupBSeeds.All;

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Evaluate_RandomPatients_UnitsAreConsistentAndAtLeast31DaysApart(int seed)
    {
        var (random, asOf) = Start(seed);
        foreach (var patient in Batch(random))
        {
            var timeline = patient.AsOf(asOf);
            var results = Evaluate(Context(asOf), timeline);

            Assert.All(results, u =>
            {
                Assert.True(!u.Excluded || (!u.InDenominator && !u.InNumerator && !u.Pending));
                Assert.True(!u.InNumerator || u.InDenominator);
                Assert.True(!u.Pending || (u.InDenominator && !u.InNumerator));
                Assert.Equal(u.InNumerator ? 1 : 0, u.NumeratorValue);
            });
            foreach (var measure in results.GroupBy(u => u.MeasureId))
            {
                var dates = measure.Select(u => timeline.EdVisits.Single(v => v.Id == u.UnitId).Date).ToList();
                Assert.All(dates.Zip(dates.Skip(1)), pair => Assert.True(pair.Second.DayNumber - pair.First.DayNumber >= 31));
            }

            // A 7-day follow-up is a 30-day follow-up.
            Assert.All(results.Where(u => u.MeasureId == "ed_bh_followup_7d" && u.InNumerator), u =>
                Assert.Contains(results, t => t.MeasureId == "ed_bh_followup_30d" && t.UnitId == u.UnitId && t.InNumerator));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Evaluate_RecordsInAnotherOrder_SameResults(int seed)
    {
        var (random, asOf) = Start(seed);
        foreach (var patient in Batch(random))
        {
            Assert.Equal(Evaluate(Context(asOf), patient.AsOf(asOf)), Evaluate(Context(asOf), patient.AsOf(asOf, random)));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Evaluate_AsOfADateOrLaterWithoutTheRecordsAfterIt_SameResultsButForPending(int seed)
    {
        var (random, asOf) = Start(seed);
        var later = asOf.AddDays(random.Next(1, 500));
        foreach (var patient in Batch(random))
        {
            var now = Evaluate(Context(asOf), patient.AsOf(asOf));
            var truncated = Evaluate(Context(later), patient.Until(asOf).AsOf(later));

            Assert.Equal(now.Select(r => r with { Pending = false }), truncated.Select(r => r with { Pending = false }));
            Assert.All(truncated.Where((_, i) => !now[i].Pending), r => Assert.False(r.Pending));
        }
    }

    [Fact]
    public void Evaluate_RandomPatients_ExerciseMetUnmetAndPendingUnits()
    {
        // Guards the generator; each patient is also evaluated a few days after its latest ED visit,
        // so that open windows come up.
        var results = Enumerable.Range(1, 25)
            .SelectMany(seed =>
            {
                var (random, asOf) = Start(seed);
                return Batch(random).SelectMany(p =>
                {
                    var soon = p.EdVisits.Select(v => v.Date.AddDays(3)).DefaultIfEmpty(asOf).Max();
                    return Evaluate(Context(asOf), p.AsOf(asOf)).Concat(Evaluate(Context(soon), p.AsOf(soon)));
                });
            })
            .ToList();

        foreach (var measure in new[] { "ed_bh_followup_7d", "ed_bh_followup_30d" })
        {
            Assert.Contains(results, r => r.MeasureId == measure && r.InNumerator);
            Assert.Contains(results, r => r.MeasureId == measure && r.InDenominator && !r.InNumerator && !r.Pending);
            Assert.Contains(results, r => r.MeasureId == measure && r.Pending);
        }
    }

    private static List<UnitResult> Evaluate(MeasureContext context, PatientTimeline timeline)
    {
        var results = new List<UnitResult>();
        new EdBhFollowUp(context).Evaluate(timeline, results);
        return results;
    }
}
