using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Timeline;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>
/// Invariants of the screening, follow-up, referral, attendance and experience families on seeded
/// random timelines: dates drawn from a small pool per patient so that same-day ties and window
/// edges come up often.
/// </summary>
public sealed class GroupAPropertyTests
{
    private const int PatientsPerSeed = 25;
    private static readonly DateOnly Far = new(2099, 12, 31);
    private static readonly string[] Instruments =
        ["PHQ-2", "PHQ-9", "PHQ-A", "EPDS", "GAD-2", "GAD-7", "AUDIT-C", "AUDIT", "DAST-10", "SINGLE-ALCOHOL", "SINGLE-DRUG", "CRAFFT", "AHC-HRSN", "PRAPARE"];

    private static readonly string[] EncounterTypes = ["primary_care", "primary_care", "behavioral_health", "care_management", "psychiatric_consult"];
    private static readonly string[] Statuses = ["completed", "completed", "completed", "no_show", "cancelled"];
    private static readonly string[] Services = ["behavioral_health", "psychiatry", "substance_use", "cardiology"];
    private static readonly string[] Codes = ["F31.81", "f310", "F32.9", "I10"];
    private static readonly string?[] Modalities = ["in_person", "in_person", "telehealth", "phone", null];
    private static readonly string[] Clinics = ["N1", "S1"];

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 20; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Evaluate_RandomTimelines_UnitsAreConsistentAndNumeratorsNeverExceedDenominators(int seed)
    {
        var random = new Random(seed);
        var context = For("2025-09-15", "2024-01", "2025-12");
        var results = new List<UnitResult>();
        for (var i = 0; i < PatientsPerSeed; i++)
        {
            var full = RandomTimeline(random, $"P{i}");
            results.AddRange(Evaluate(context, Rebuild(full, context.AsOf, random: null)));
        }

        Assert.All(results, u =>
        {
            Assert.True(context.Reports(u.Period));
            Assert.True(!u.Excluded || (!u.InDenominator && !u.InNumerator && !u.Pending));
            Assert.True(!u.InNumerator || u.InDenominator);
            Assert.True(!u.Pending || (u.InDenominator && !u.InNumerator));
            Assert.Equal(u.InNumerator ? 1 : 0, u.NumeratorValue);
            Assert.True(!u.Pending || u.MeasureId is "depression_followup" or "referral_engagement");
            Assert.True(u.Days is null || (u.MeasureId == "referral_engagement" && u.InNumerator && u.Days is >= 0 and <= 30));
        });
        Assert.Equal(results.Count, results.DistinctBy(u => (u.MeasureId, u.ClinicId, u.Period, u.PatientId, u.UnitId)).Count());
        Assert.All(
            results.GroupBy(u => (u.MeasureId, u.ClinicId, u.Period)),
            cell => Assert.True(cell.Count(u => u.InNumerator) <= cell.Count(u => u.InDenominator)));
    }

    [Fact]
    public void RandomTimeline_AllSeeds_GiveEveryMeasureAndExcludedPendingMetAndUnmetUnits()
    {
        // Guards the properties against a generator that never reaches the interesting cases.
        var context = For("2025-09-15", "2024-01", "2025-12");
        var results = new List<UnitResult>();
        foreach (var seed in Enumerable.Range(1, 20))
        {
            var random = new Random(seed);
            for (var i = 0; i < PatientsPerSeed; i++)
            {
                results.AddRange(Evaluate(context, Rebuild(RandomTimeline(random, $"P{i}"), context.AsOf, random: null)));
            }
        }

        Assert.All(
            ["depression_screening", "anxiety_screening", "substance_use_screening", "sdoh_screening", "depression_followup", "referral_engagement", "warm_handoff", "bh_visit_attendance", "bh_telehealth_share", "satisfaction_top_box"],
            id => Assert.Contains(results, u => u.MeasureId == id && u.InNumerator));
        Assert.All(
            ["depression_screening", "depression_followup", "referral_engagement", "warm_handoff", "bh_visit_attendance", "bh_telehealth_share", "satisfaction_top_box"],
            id => Assert.Contains(results, u => u.MeasureId == id && u.InDenominator && !u.InNumerator));
        Assert.Contains(results, u => u.MeasureId == "depression_screening" && u.Excluded);
        Assert.Contains(results, u => u.MeasureId == "depression_followup" && u.Excluded);
        Assert.Contains(results, u => u.MeasureId == "depression_followup" && u.Pending);
        Assert.Contains(results, u => u.MeasureId == "referral_engagement" && u.Pending);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Evaluate_RecordsGivenInAnyOrder_SameUnits(int seed)
    {
        var random = new Random(seed);
        var context = For("2025-09-15", "2024-01", "2025-12");
        for (var i = 0; i < PatientsPerSeed; i++)
        {
            var full = RandomTimeline(random, $"P{i}");

            var inOrder = Evaluate(context, Rebuild(full, context.AsOf, random: null));
            var shuffled = Evaluate(context, Rebuild(full, context.AsOf, random));

            Assert.Equal(Sorted(inOrder), Sorted(shuffled));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Evaluate_AsOfADateOrLaterWithNothingAfterIt_SameUnitsApartFromPending(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < PatientsPerSeed; i++)
        {
            var full = RandomTimeline(random, $"P{i}");
            var asOf = new DateOnly(2024, 6, 1).AddDays(random.Next(550));
            var later = asOf.AddDays(random.Next(1, 400));

            var atAsOf = Sorted(Evaluate(ContextAsOf(asOf), Rebuild(full, asOf, random: null)));
            var atLater = Sorted(Evaluate(ContextAsOf(later), Rebuild(Rebuild(full, asOf, random: null), later, random: null)));

            Assert.Equal(atAsOf.Select(u => u with { Pending = false }), atLater.Select(u => u with { Pending = false }));
            Assert.All(atAsOf.Zip(atLater), pair =>
            {
                // A final unit stays as it is; a pending one may only become final.
                Assert.True(pair.First.Pending || pair.First == pair.Second);
                Assert.True(!pair.Second.Pending || pair.First.Pending);
            });
        }
    }

    private static MeasureContext ContextAsOf(DateOnly asOf) =>
        For(asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "2024-01", "2025-12");

    private static List<UnitResult> Evaluate(MeasureContext context, PatientTimeline timeline)
    {
        IMeasureFamily[] families =
            [new ScreeningCoverage(context), new DepressionFollowUp(context), new ReferralEngagement(context), new BhVisitAttendance(context), new BhTelehealthShare(context), new PatientExperience(context)];
        var results = new List<UnitResult>();
        foreach (var family in families)
        {
            family.Evaluate(timeline, results);
            Assert.All(results, u => Assert.Contains(u.MeasureId, families.SelectMany(f => f.MeasureIds)));
        }

        return results;
    }

    private static List<UnitResult> Sorted(IEnumerable<UnitResult> results) =>
        [.. results.OrderBy(u => u.MeasureId, StringComparer.Ordinal).ThenBy(u => u.ClinicId, StringComparer.Ordinal).ThenBy(u => u.Period).ThenBy(u => u.UnitId, StringComparer.Ordinal)];

    /// <summary>The timeline's records as of <paramref name="asOf"/>, each list shuffled when a random is given.</summary>
    private static PatientTimeline Rebuild(PatientTimeline t, DateOnly asOf, Random? random) => new(
        t.Patient, asOf, Order(t.Encounters, random), Order(t.Screenings, random), Order(t.Referrals, random),
        Order(t.EdVisits, random), Order(t.Fills, random), Order(t.Diagnoses, random), Order(t.Surveys, random));

    private static T[] Order<T>(IReadOnlyList<T> records, Random? random)
    {
        var copy = records.ToArray();
        random?.Shuffle(copy);
        return copy;
    }

    /// <summary>A patient with every record type, as of a date far in the future.</summary>
    private static PatientTimeline RandomTimeline(Random random, string patientId)
    {
        // Ages around 12 and 18 come up often; 29 February births now and then.
        var birth = random.Next(4) switch
        {
            0 => new DateOnly(2012, 2, 29),
            1 => new DateOnly(2006, 1, 1).AddDays(random.Next(3000)),
            _ => new DateOnly(1950, 1, 1).AddDays(random.Next(20000)),
        };
        var dates = Enumerable.Range(0, 12).Select(_ => new DateOnly(2024, 1, 1).AddDays(random.Next(730))).ToArray();
        DateOnly Day() => random.Next(3) == 0 ? dates[random.Next(dates.Length)].AddDays(random.Next(-31, 32)) : dates[random.Next(dates.Length)];
        T Pick<T>(T[] items) => items[random.Next(items.Length)];
        IEnumerable<T> Some<T>(int max, Func<int, T> make) => Enumerable.Range(1, random.Next(max + 1)).Select(make);

        var patient = new Patient("north", patientId, "N1", birth, Pick(["F", "M"]), null, null, null, null, random.Next(10) == 0 ? Day() : null);
        return new PatientTimeline(
            patient,
            Far,
            Some(15, i => new Encounter($"E{i}", Pick(Clinics), Day(), Pick(EncounterTypes), Pick(Modalities), Pick(Statuses), 30)),
            Some(10, i => new Screening($"S{i}", Pick(Clinics), Day(), Pick(Instruments), random.Next(28), random.Next(4), random.Next(2) == 0)),
            Some(5, i => new Referral($"R{i}", Pick(Clinics), Day(), Pick(Services), Pick<bool?>([true, false, null]))),
            [],
            Some(4, i => new MedicationFill($"F{i}", Day(), "sertraline", Pick(["antidepressant", "statin"]), random.Next(3) * 30)),
            Some(2, i => new Diagnosis($"D{i}", Pick(Codes), Day())),
            Some(3, i => new Survey($"Q{i}", Pick(Clinics), Day(), random.Next(4) == 0 ? null : random.Next(6), 5)));
    }
}
