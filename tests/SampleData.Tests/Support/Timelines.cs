using System.Globalization;

namespace QiPipeline.SampleData.Tests.Support;

/// <summary>Per-patient dates read straight from a source's tables, skipping rows a loader would reject.</summary>
public sealed class Timelines
{
    private static readonly HashSet<string> BehavioralHealthContacts = ["behavioral_health", "care_management", "psychiatric_consult"];
    private static readonly HashSet<string> BehavioralHealthServices = ["behavioral_health", "psychiatry", "substance_use"];

    public Timelines(Dictionary<string, Table> source, DateOnly end)
    {
        var patients = source["patients"];
        foreach (var row in patients.Rows)
        {
            if (row[0] is { } id && Parse(row[patients.Index("birth_date")], end) is { } birth && !Births.ContainsKey(id))
            {
                Births[id] = birth;
                Languages[id] = row[patients.Index("language")] ?? "";
            }
        }

        var encounters = source["encounters"];
        foreach (var row in Good(encounters, "encounter_date", end))
        {
            var (patient, day) = (row.Row[1]!, row.Day);
            if (row.Row[encounters.Index("status")] != "completed")
            {
                continue;
            }

            var type = row.Row[encounters.Index("encounter_type")];
            if (type == "psychiatric_consult")
            {
                Add(PsychiatricConsultDays, patient, day);
            }

            if (type == "primary_care")
            {
                Add(PrimaryCareVisits, patient, day);
            }
            else if (type is not null && BehavioralHealthContacts.Contains(type))
            {
                Add(BehavioralHealthContactDays, patient, day);
            }
        }

        var screenings = source["screenings"];
        foreach (var row in Good(screenings, "screening_date", end))
        {
            var instrument = row.Row[screenings.Index("instrument")];
            if (instrument is "PHQ-2" or "PHQ-9" or "PHQ-A" or "EPDS" or "55758-7" or "44261-6" or "89204-2")
            {
                Add(DepressionScreens, row.Row[1]!, row.Day);
            }

            if (!int.TryParse(row.Row[screenings.Index("score")], NumberStyles.None, CultureInfo.InvariantCulture, out var score))
            {
                continue;
            }

            if (instrument is "PHQ-9" or "PHQ-A" or "44261-6" or "89204-2" && score <= 27)
            {
                Add(PhqScores, row.Row[1]!, (row.Day, score));
            }
            else if (instrument is "GAD-7" or "70274-6" && score <= 21)
            {
                Add(Gad7Scores, row.Row[1]!, (row.Day, score));
            }
        }

        var diagnoses = source["diagnoses"];
        foreach (var row in Good(diagnoses, "dx_date", end))
        {
            if (row.Row[diagnoses.Index("dx_code")] is not { } code)
            {
                continue;
            }

            if (IsDepression(code))
            {
                Add(DepressionDiagnoses, row.Row[1]!, (row.Day, code.Replace(".", "", StringComparison.Ordinal).ToUpperInvariant()));
            }
            else if (code.Trim().StartsWith("F31", StringComparison.OrdinalIgnoreCase))
            {
                Add(BipolarDiagnosisDays, row.Row[1]!, row.Day);
            }
        }

        var fills = source["medication_fills"];
        foreach (var row in Good(fills, "fill_date", end))
        {
            if (string.Equals(row.Row[fills.Index("drug_class")], "antidepressant", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(row.Row[fills.Index("days_supply")], NumberStyles.None, CultureInfo.InvariantCulture, out var supply)
                && supply is >= 1 and <= 365)
            {
                Add(AntidepressantFills, row.Row[1]!, row.Day);
            }
        }

        var referrals = source["referrals"];
        foreach (var row in Good(referrals, "referral_date", end))
        {
            if (row.Row[referrals.Index("service")] is { } service && BehavioralHealthServices.Contains(service))
            {
                Add(BehavioralHealthReferrals, row.Row[1]!, row.Day);
            }
        }
    }

    public Dictionary<string, DateOnly> Births { get; } = [];

    public Dictionary<string, string> Languages { get; } = [];

    public Dictionary<string, List<DateOnly>> PrimaryCareVisits { get; } = [];

    public Dictionary<string, List<DateOnly>> BehavioralHealthContactDays { get; } = [];

    public Dictionary<string, List<DateOnly>> DepressionScreens { get; } = [];

    public Dictionary<string, List<DateOnly>> BehavioralHealthReferrals { get; } = [];

    public Dictionary<string, List<DateOnly>> PsychiatricConsultDays { get; } = [];

    /// <summary>PHQ-9 and PHQ-A totals (one scale).</summary>
    public Dictionary<string, List<(DateOnly Day, int Score)>> PhqScores { get; } = [];

    public Dictionary<string, List<(DateOnly Day, int Score)>> Gad7Scores { get; } = [];

    /// <summary>Depression diagnoses (F32 but not F32.81/F32.89, F33, F34.1), codes without the dot.</summary>
    public Dictionary<string, List<(DateOnly Day, string Code)>> DepressionDiagnoses { get; } = [];

    public Dictionary<string, List<DateOnly>> AntidepressantFills { get; } = [];

    public Dictionary<string, List<DateOnly>> BipolarDiagnosisDays { get; } = [];

    /// <summary>A depression diagnosis of the measure definitions (prefixes F32 except F3281/F3289, F33, F341).</summary>
    public static bool IsDepression(string code)
    {
        var c = code.Trim().Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
        return (c.StartsWith("F32", StringComparison.Ordinal) && !c.StartsWith("F3281", StringComparison.Ordinal)
                && !c.StartsWith("F3289", StringComparison.Ordinal))
            || c.StartsWith("F33", StringComparison.Ordinal) || c.StartsWith("F341", StringComparison.Ordinal);
    }

    /// <summary>Whether the patient has a depression diagnosis dated in [from, to], optionally excluding F34.1 (major depression only).</summary>
    public bool HasDepressionDx(string patient, DateOnly from, DateOnly to, bool majorOnly = false) =>
        DepressionDiagnoses.TryGetValue(patient, out var list)
        && list.Any(d => d.Day >= from && d.Day <= to && !(majorOnly && d.Code.StartsWith("F341", StringComparison.Ordinal)));

    public static DateOnly? Parse(string? text, DateOnly end) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day <= end ? day : null;

    public static int Age(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year;
        return birth.AddYears(age) > day ? age - 1 : age;
    }

    /// <summary>Rows with a valid date no later than End, a known patient id, and (when present) a known clinic.</summary>
    public static IEnumerable<(string?[] Row, DateOnly Day)> Good(Table table, string dateColumn, DateOnly end)
    {
        var date = table.Index(dateColumn);
        var clinic = table.Columns.Contains("clinic_id") ? table.Index("clinic_id") : -1;
        var ids = new HashSet<string>();
        foreach (var row in table.Rows)
        {
            if (row[0] is null || row[1] is null || !ids.Add(row[0]!) || Parse(row[date], end) is not { } day
                || (clinic >= 0 && row[clinic] is not ("N1" or "S1" or "E1")))
            {
                continue;
            }

            yield return (row, day);
        }
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string patient, T value)
    {
        if (!map.TryGetValue(patient, out var values))
        {
            map[patient] = values = [];
        }

        values.Add(value);
    }
}
