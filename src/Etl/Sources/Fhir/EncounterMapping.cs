using System.Globalization;
using System.Text.Json;

namespace QiPipeline.Etl.Sources.Fhir;

/// <summary>Encounter to an encounters record, or to an ed_visits record for class EMER (docs/fhir.md, "Encounter").</summary>
internal static class EncounterMapping
{
    public const string Ambulatory = "AMB";
    public const string Emergency = "EMER";
    public const string Inpatient = "IMP";
    public const string Virtual = "VR";

    /// <summary>SNOMED CT 185317003 |Telephone encounter|: an encounter type that makes the modality phone.</summary>
    public const string TelephoneEncounter = "185317003";

    /// <summary>Statuses of an encounter that has not ended or never happened: not (yet) a record.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "planned", "arrived", "triaged", "in-progress", "onleave", "entered-in-error",
    };

    public static string? Class(JsonElement encounter) => encounter.Get("class").Text("code");

    /// <summary>An inpatient encounter that is part of another: the admission that follows an ED visit.</summary>
    public static bool IsAdmission(JsonElement encounter) =>
        Class(encounter) == Inpatient && encounter.Get("partOf").ReferenceId("Encounter") is not null;

    /// <summary>The encounters record, or null for an ED visit, an admission, or a status that is no visit.</summary>
    public static FhirRow? Encounter(JsonElement encounter, FhirMaps maps)
    {
        var type = Class(encounter);
        var status = encounter.Text("status");
        if (type == Emergency || IsAdmission(encounter) || (status is not null && Skipped.Contains(status)))
        {
            return null;
        }

        var typeCodings = encounter.AllCodings("type").Concat(encounter.Get("serviceType").Codings()).ToList();
        var phone = typeCodings.Any(c => c.Text("code") == TelephoneEncounter);
        return new FhirRow
        {
            ["encounter_id"] = encounter.Text("id"),
            ["patient_id"] = encounter.Get("subject").ReferenceId("Patient"),
            ["clinic_id"] = maps.Clinic([encounter.Get("serviceProvider")]),
            ["encounter_date"] = encounter.Get("period").Text("start"),
            ["encounter_type"] = maps.EncounterType(typeCodings) ?? (type == Inpatient ? "other" : "primary_care"),
            ["modality"] = type switch
            {
                null => null,
                Ambulatory or Inpatient => phone ? "phone" : "in_person",
                Virtual => phone ? "phone" : "telehealth",
                _ => type, // another class (HH, FLD, ...): sent as is, a bad_code reject
            },
            ["status"] = status switch
            {
                "finished" => "completed",
                _ => status, // cancelled stays cancelled; "unknown" or a typo is a bad_code reject
            },
            ["provider_id"] = Provider(encounter),
            ["minutes"] = Minutes(encounter.Get("length"), encounter.Get("period")),
        };
    }

    /// <summary>The ed_visits record of a class EMER encounter, or null for another class or a visit that did not happen.</summary>
    public static FhirRow? EdVisit(JsonElement encounter, IReadOnlySet<string> admitted)
    {
        var status = encounter.Text("status");
        if (Class(encounter) != Emergency || status is "planned" or "cancelled" or "entered-in-error")
        {
            return null;
        }

        var id = encounter.Text("id");
        var codes = EdDiagnoses.Icd10(encounter);
        var serviceProvider = encounter.Get("serviceProvider");
        return new FhirRow
        {
            ["ed_visit_id"] = id,
            ["patient_id"] = encounter.Get("subject").ReferenceId("Patient"),
            ["visit_date"] = encounter.Get("period").Text("start"),
            ["primary_dx"] = codes.Count > 0 ? codes[0] : null,
            ["admitted"] = id is not null && admitted.Contains(id) ? "true" : "false",
            ["facility"] = serviceProvider.Text("display") ?? serviceProvider.ReferenceId("Organization"),
            ["other_dx"] = codes.Count > 1 ? string.Join(";", codes.Skip(1)) : null,
        };
    }

    /// <summary>The primary performer (participant type PPRF), else the first practitioner taking part.</summary>
    internal static string? Provider(JsonElement resource)
    {
        var participants = resource.Items("participant").ToList();
        var primary = participants.Where(p => p.AllCodings("type").Any(c => c.Text("code") == "PPRF"));
        return primary.Concat(participants)
            .Select(p => p.Get("individual").ReferenceId("Practitioner") ?? p.Get("actor").ReferenceId("Practitioner"))
            .FirstOrDefault(id => id is not null);
    }

    /// <summary>
    /// <c>length</c> in minutes (UCUM min, h or s), else the period's end minus its start rounded to the
    /// minute; a fraction of a minute in <c>length</c> stays a fraction (a bad_number reject), never rounded.
    /// </summary>
    internal static string? Minutes(JsonElement? length, JsonElement? period)
    {
        if (length.Number("value") is { } raw && decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            var minutes = (length.Text("code") ?? length.Text("unit")) switch
            {
                "min" => value,
                "h" => value * 60,
                "s" => value / 60,
                _ => (decimal?)null,
            };
            return minutes is { } m ? (m == decimal.Truncate(m) ? decimal.Truncate(m).ToString(CultureInfo.InvariantCulture) : m.ToString(CultureInfo.InvariantCulture)) : null;
        }

        if (FhirJson.Instant(period.Text("start")) is { } start && FhirJson.Instant(period.Text("end")) is { } end)
        {
            return ((long)Math.Round((end - start).TotalMinutes, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);
        }

        return null;
    }
}
