using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>
/// A seeded random patient for the group B property tests: records spread over 2022-06 to 2025-12,
/// skewed towards what the outcome, adherence, ED and CoCM measures look at, with ids whose ordinal
/// order differs from date order.
/// </summary>
internal sealed class GroupBRandomPatient
{
    private static readonly DateOnly First = new(2022, 6, 1);
    private static readonly string[] Clinics = ["N1", "N2", "N3"];
    private static readonly string[] EncounterTypes = ["primary_care", "primary_care", "care_management", "care_management", "behavioral_health", "psychiatric_consult", "other"];
    private static readonly string[] Statuses = ["completed", "completed", "completed", "completed", "no_show", "cancelled"];
    private static readonly string[] Instruments = ["PHQ-9", "PHQ-9", "PHQ-9", "PHQ-A", "GAD-7", "PHQ-2"];
    private static readonly string?[] EdDiagnoses = ["J06.9", "F32.9", "X71.0XXA", "R45.851", "I10", "S52.501A", null, "T14.91XA", "E11.65", "m54.50"];
    private static readonly string[] Drugs = ["sertraline", "Sertraline", "fluoxetine", "BUPROPION"];
    // Depression codes often enough that scores of 10 or more become index events (they need one in the year before).
    private static readonly string[] DiagnosisCodes = ["F31.0", "F32.9", "F32.1", "F33.0", "F34.1", "F60.3", "F60.2", "F25.0", "F84.0", "I10", "F41.1"];
    private static readonly DateOnly[] LeapBirths = [new(2004, 2, 29), new(2012, 2, 29), new(2006, 2, 28)];

    private GroupBRandomPatient(Patient patient)
    {
        Patient = patient;
    }

    public Patient Patient { get; }

    public List<Encounter> Encounters { get; init; } = [];

    public List<Screening> Screenings { get; init; } = [];

    public List<EdVisit> EdVisits { get; init; } = [];

    public List<MedicationFill> Fills { get; init; } = [];

    public List<Diagnosis> Diagnoses { get; init; } = [];

    /// <summary>A random patient; <paramref name="number"/> makes its id unique within a batch.</summary>
    public static GroupBRandomPatient Create(Random random, int number)
    {
        var birth = random.Next(10) == 0 ? Pick(random, LeapBirths) : new DateOnly(1990, 1, 1).AddDays(random.Next(365 * 24));
        DateOnly? death = random.Next(10) == 0 ? Day(random) : null;
        var patient = new Patient("north", $"P{number}", "N1", birth, random.Next(2) == 0 ? "F" : "M", null, null, null, null, death);
        var created = new GroupBRandomPatient(patient)
        {
            Encounters = Many(random, 16, i => new Encounter(
                Id(random, "E", i), Pick(random, Clinics), Day(random), Pick(random, EncounterTypes), "in_person", Pick(random, Statuses),
                random.Next(8) == 0 ? null : random.Next(0, 70))),
            Screenings = Many(random, 10, Series(random, 200), (i, date) =>
            {
                var instrument = Pick(random, Instruments);
                var max = instrument switch { "PHQ-2" => 6, "GAD-7" => 21, _ => 27 };
                int? score = random.Next(20) == 0 ? null : random.Next(max + 1);
                return new Screening(Id(random, "S", i), Pick(random, Clinics), date, instrument, score, null, null);
            }),
            EdVisits = Many(random, 6, i => new EdVisit(Id(random, "V", i), Day(random), Pick(random, EdDiagnoses), random.Next(5) == 0)),
            Fills = Many(random, 8, Series(random, 45), (i, date) => new MedicationFill(
                Id(random, "F", i), date, Pick(random, Drugs), random.Next(7) == 0 ? "statin" : "antidepressant", random.Next(0, 100))),
            Diagnoses = Many(random, 6, i => new Diagnosis(Id(random, "D", i), Pick(random, DiagnosisCodes), Day(random))),
        };

        // The adherence measures need major depression within 60 days of the index fill: half the
        // patients with fills get one around their first fill, sometimes just outside those 60 days.
        // Drawn from the patient number, not the random, so the other records of a seed stay as they were.
        if (created.Fills.Count > 0 && number % 2 == 0)
        {
            created.Diagnoses.Add(new Diagnosis($"D99-{number}", "F33.1", created.Fills[0].Date.AddDays((number * 37 % 141) - 70)));
        }

        return created;
    }

    /// <summary>The timeline as of <paramref name="asOf"/>, each list in a random order when <paramref name="shuffle"/> is given.</summary>
    public PatientTimeline AsOf(DateOnly asOf, Random? shuffle = null) => new(
        Patient, asOf, Order(Encounters, shuffle), Order(Screenings, shuffle), [], Order(EdVisits, shuffle), Order(Fills, shuffle), Order(Diagnoses, shuffle), []);

    /// <summary>The patient without any record, or death date, after <paramref name="date"/>.</summary>
    public GroupBRandomPatient Until(DateOnly date) => new(Patient.DeathDate > date ? Patient with { DeathDate = null } : Patient)
    {
        Encounters = [.. Encounters.Where(e => e.Date <= date)],
        Screenings = [.. Screenings.Where(s => s.Date <= date)],
        EdVisits = [.. EdVisits.Where(v => v.Date <= date)],
        Fills = [.. Fills.Where(f => f.Date <= date)],
        Diagnoses = [.. Diagnoses.Where(d => d.Date <= date)],
    };

    private static List<T> Order<T>(List<T> records, Random? shuffle)
    {
        if (shuffle is null)
        {
            return records;
        }

        var copy = records.ToArray();
        shuffle.Shuffle(copy);
        return [.. copy];
    }

    private static List<T> Many<T>(Random random, int max, Func<int, T> create) =>
        [.. Enumerable.Range(0, random.Next(max + 1)).Select(create)];

    private static List<T> Many<T>(Random random, int max, Func<int, DateOnly> dates, Func<int, DateOnly, T> create) =>
        [.. Enumerable.Range(0, random.Next(max + 1)).Select(i => create(i, dates(i)))];

    /// <summary>Dates of a series (each 0 to <paramref name="gap"/> days after the previous), as refills and rescreens are.</summary>
    private static Func<int, DateOnly> Series(Random random, int gap)
    {
        var date = Day(random);
        return _ => date = date.AddDays(random.Next(gap + 1));
    }

    private static string Id(Random random, string prefix, int i) => $"{prefix}{random.Next(100)}-{i}";

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static DateOnly Day(Random random) => First.AddDays(random.Next(1310));
}
