using System.Globalization;
using System.Text.RegularExpressions;

namespace QiPipeline.SampleData.Tests.Support;

/// <summary>
/// An independent re-implementation of the loader's record checks (docs/architecture.md, docs/measures.md),
/// so the tests can say which generated rows a correct loader rejects, and why.
/// </summary>
public sealed partial class Rejects
{
    private static readonly HashSet<string> Clinics = ["N1", "S1", "E1"];
    private static readonly HashSet<string> Sexes = ["F", "M", "X", "U"];
    private static readonly HashSet<string> EncounterTypes = ["primary_care", "behavioral_health", "care_management", "psychiatric_consult", "other"];
    private static readonly HashSet<string> Modalities = ["in_person", "telehealth", "phone"];
    private static readonly HashSet<string> Statuses = ["completed", "no_show", "cancelled"];
    private static readonly HashSet<string> Services = ["behavioral_health", "psychiatry", "substance_use", "social_services", "other"];

    /// <summary>Instrument names and LOINC codes with their maximum score (null: uses <c>positive</c>).</summary>
    public static readonly IReadOnlyDictionary<string, int?> Instruments = new Dictionary<string, int?>
    {
        ["PHQ-2"] = 6,
        ["55758-7"] = 6,
        ["PHQ-9"] = 27,
        ["44261-6"] = 27,
        ["PHQ-A"] = 27,
        ["89204-2"] = 27,
        ["EPDS"] = 30,
        ["GAD-2"] = 6,
        ["GAD-7"] = 21,
        ["70274-6"] = 21,
        ["AUDIT-C"] = 12,
        ["75626-2"] = 12,
        ["AUDIT"] = 40,
        ["DAST-10"] = 10,
        ["82667-7"] = 10,
        ["CRAFFT"] = 6,
        ["AHC-HRSN"] = null,
        ["PRAPARE"] = null,
    };

    private readonly Dictionary<string, (DateOnly Birth, DateOnly? Death)> _patients = [];
    private readonly DateOnly _runDate;

    private Rejects(DateOnly runDate) => _runDate = runDate;

    /// <summary>Rejected rows: (entity, row index) and their reasons.</summary>
    public List<(string Entity, int Row, IReadOnlyList<string> Reasons)> Rows { get; } = [];

    public int Count(string reason) => Rows.Count(r => r.Reasons.Contains(reason));

    public static Rejects Find(Dictionary<string, Table> source, DateOnly runDate)
    {
        var rejects = new Rejects(runDate);
        rejects.CheckPatients(source["patients"]);
        foreach (var entity in Source.Entities.Skip(1))
        {
            rejects.CheckEvents(entity, source[entity]);
        }

        return rejects;
    }

    private void CheckPatients(Table table)
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var reasons = new List<string>();
            var id = Field(table, row, "patient_id", required: true, reasons);
            var clinic = row[table.Index("clinic_id")];
            if (clinic is not null && !Clinics.Contains(clinic))
            {
                reasons.Add("unknown_clinic");
            }

            var birth = Date(Field(table, row, "birth_date", required: true, reasons), reasons);
            Code(Field(table, row, "sex", required: true, reasons), Sexes, reasons);
            var death = Date(row[table.Index("death_date")], reasons);
            if (birth is { } b && death is { } d && d < b)
            {
                reasons.Add("before_birth");
            }

            if (id is not null && !seen.Add(id))
            {
                reasons.Add("duplicate_id");
            }

            if (reasons.Count > 0)
            {
                Rows.Add(("patients", i, reasons));
            }
            else
            {
                _patients[id!] = (birth!.Value, death);
            }
        }
    }

    private void CheckEvents(string entity, Table table)
    {
        var idColumn = table.Columns[0];
        var dateColumn = table.Columns.First(c => c.EndsWith("_date", StringComparison.Ordinal));
        var seen = new HashSet<string>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var reasons = new List<string>();
            var id = Field(table, row, idColumn, required: true, reasons);
            var patient = Field(table, row, "patient_id", required: true, reasons);
            var date = Date(Field(table, row, dateColumn, required: true, reasons), reasons);
            if (table.Columns.Contains("clinic_id"))
            {
                var clinic = Field(table, row, "clinic_id", required: true, reasons);
                if (clinic is not null && !Clinics.Contains(clinic))
                {
                    reasons.Add("unknown_clinic");
                }
            }

            if (patient is not null)
            {
                if (!_patients.TryGetValue(patient, out var p))
                {
                    reasons.Add("unknown_patient");
                }
                else if (date is { } d && d < p.Birth)
                {
                    reasons.Add("before_birth");
                }
                else if (date is { } e && p.Death is { } death && e > death)
                {
                    reasons.Add("after_death");
                }
            }

            CheckEntity(entity, table, row, reasons);
            if (id is not null && !seen.Add(id))
            {
                reasons.Add("duplicate_id");
            }

            if (reasons.Count > 0)
            {
                Rows.Add((entity, i, reasons));
            }
        }
    }

    private static void CheckEntity(string entity, Table table, string?[] row, List<string> reasons)
    {
        switch (entity)
        {
            case "encounters":
                Code(Field(table, row, "encounter_type", required: true, reasons), EncounterTypes, reasons);
                Code(row[table.Index("modality")], Modalities, reasons);
                Code(Field(table, row, "status", required: true, reasons), Statuses, reasons);
                Number(row[table.Index("minutes")], 0, 1440, reasons);
                break;
            case "screenings":
                var instrument = Field(table, row, "instrument", required: true, reasons);
                Number(row[table.Index("item9_score")], 0, 3, reasons);
                Boolean(row[table.Index("positive")], required: false, reasons);
                if (instrument is null)
                {
                    break;
                }

                if (!Instruments.TryGetValue(instrument, out var max))
                {
                    reasons.Add("bad_code");
                }
                else if (max is { } m)
                {
                    Number(Field(table, row, "score", required: true, reasons), 0, m, reasons);
                }
                else
                {
                    Boolean(row[table.Index("positive")], required: true, reasons);
                }

                break;
            case "referrals":
                Code(Field(table, row, "service", required: true, reasons), Services, reasons);
                Boolean(row[table.Index("warm_handoff")], required: false, reasons);
                break;
            case "ed_visits":
                Boolean(row[table.Index("admitted")], required: true, reasons);
                if (row[table.Index("other_dx")] is { } other
                    && other.Split(';').Any(code => !IcdCode().IsMatch(code.Trim())))
                {
                    reasons.Add("bad_code");
                }

                break;
            case "medication_fills":
                Field(table, row, "drug", required: true, reasons);
                Field(table, row, "drug_class", required: true, reasons);
                Number(Field(table, row, "days_supply", required: true, reasons), 1, 365, reasons);
                break;
            case "diagnoses":
                if (Field(table, row, "dx_code", required: true, reasons) is { } code && !IcdCode().IsMatch(code))
                {
                    reasons.Add("bad_code");
                }

                break;
            case "surveys":
                var score = Number(row[table.Index("score")], 0, int.MaxValue, reasons);
                var maxScore = Number(Field(table, row, "max_score", required: true, reasons), 1, 1000, reasons);
                if (score > maxScore)
                {
                    reasons.Add("out_of_range");
                }

                break;
        }
    }

    private static string? Field(Table table, string?[] row, string column, bool required, List<string> reasons)
    {
        var value = row[table.Index(column)];
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                reasons.Add("missing_required");
            }

            return null;
        }

        return value;
    }

    private DateOnly? Date(string? value, List<string> reasons)
    {
        if (value is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            reasons.Add("bad_date");
            return null;
        }

        if (date > _runDate)
        {
            reasons.Add("future_date");
        }

        return date;
    }

    private static void Code(string? value, HashSet<string> vocabulary, List<string> reasons)
    {
        if (value is not null && !vocabulary.Contains(value))
        {
            reasons.Add("bad_code");
        }
    }

    private static int? Number(string? value, int min, int max, List<string> reasons)
    {
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            reasons.Add("bad_number");
            return null;
        }

        if (number < min || number > max)
        {
            reasons.Add("out_of_range");
            return null;
        }

        return number;
    }

    private static void Boolean(string? value, bool required, List<string> reasons)
    {
        if (value is null)
        {
            if (required)
            {
                reasons.Add("missing_required");
            }
        }
        else if (value is not ("true" or "false"))
        {
            reasons.Add("bad_code");
        }
    }

    [GeneratedRegex(@"^[A-Za-z][0-9][0-9A-Za-z](\.?[0-9A-Za-z]{1,4})?$")]
    private static partial Regex IcdCode();
}
