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
            if (row.Row[screenings.Index("instrument")] is "PHQ-2" or "PHQ-9" or "PHQ-A" or "EPDS" or "55758-7" or "44261-6" or "89204-2")
            {
                Add(DepressionScreens, row.Row[1]!, row.Day);
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

    private static void Add(Dictionary<string, List<DateOnly>> map, string patient, DateOnly day)
    {
        if (!map.TryGetValue(patient, out var days))
        {
            map[patient] = days = [];
        }

        days.Add(day);
    }
}
