using System.Text.Json;

namespace QiPipeline.SampleData;

/// <summary>Patients and their Coverage (the payer).</summary>
internal sealed partial class FhirExtractWriter
{
    private static readonly HashSet<string> FhirGenders = new(StringComparer.Ordinal) { "female", "male", "other", "unknown" };

    private void WritePatients(PatientBatch batch)
    {
        foreach (var p in batch.Patients)
        {
            var bad = p.Bad;
            var id = Id(Entity.Patients, p.Number, bad);
            _patients.Write(json =>
            {
                Common(json, "Patient", id);
                Meta(json);
                Race(json, p.Race, p.Ethnicity);
                Reference(json, "managingOrganization", Value(bad, 1, _clinic.ClinicId) is { } clinic ? Organization(clinic) : null);
                if (Gender(Value(bad, 3, Vocabulary.Code(p.Sex))) is { } gender)
                {
                    json.WriteString("gender", gender);
                }

                if (Value(bad, 2, Iso(p.BirthDate)) is { } birth)
                {
                    json.WriteString("birthDate", birth);
                }

                if (Value(bad, 8, p.DeathDate is { } death ? Iso(death) : null) is { } died)
                {
                    json.WriteString("deceasedDateTime", FhirClock.Stamp(died, d => FhirClock.AnyTime(d, p.Number, Entity.Patients)));
                }

                json.WriteStartArray("communication");
                json.WriteStartObject();
                json.WriteStartObject("language");
                json.WriteString("text", p.Language);
                json.WriteEndObject();
                json.WriteBoolean("preferred", true);
                json.WriteEndObject();
                json.WriteEndArray();
            });

            _coverage.Write(json =>
            {
                Common(json, "Coverage", $"{_clinic.Code}-C{p.Number:D6}{(bad is null ? "" : "b")}");
                json.WriteString("status", "active");
                Reference(json, "beneficiary", id is null ? null : "Patient/" + id);
                json.WriteStartArray("payor");
                json.WriteStartObject();
                json.WriteString("display", p.Payer);
                json.WriteEndObject();
                json.WriteEndArray();
            });
        }
    }

    /// <summary>The contract's sex as FHIR gender; a bad code that happens to be FHIR's stays a bad one.</summary>
    private static string? Gender(string? sex) => sex switch
    {
        null => null,
        "F" => "female",
        "M" => "male",
        "X" => "other",
        "U" => "unknown",
        _ when FhirGenders.Contains(sex) => "Q",
        _ => sex,
    };

    /// <summary>
    /// US Core race and ethnicity: one OMB category with its text; Two or More Races as two categories;
    /// Other Race as a detailed code with its text only (no OMB category), as EHRs send it.
    /// </summary>
    private static void Race(Utf8JsonWriter json, string? race, string? ethnicity)
    {
        json.WriteStartArray("extension");
        if (race is not null)
        {
            json.WriteStartObject();
            json.WriteString("url", FhirCodes.RaceUrl);
            json.WriteStartArray("extension");
            var codes = race switch
            {
                "Two or More Races" => ["2106-3", "2054-5"],
                _ => FhirCodes.RaceCode(race) is { } code ? [code] : Array.Empty<string>(),
            };
            foreach (var code in codes)
            {
                Part(json, "ombCategory", code);
            }

            if (codes.Length == 0)
            {
                Part(json, "detailed", "2131-1");
            }

            json.WriteStartObject();
            json.WriteString("url", "text");
            json.WriteString("valueString", race);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        if (ethnicity is not null && FhirCodes.EthnicityCode(ethnicity) is { } category)
        {
            json.WriteStartObject();
            json.WriteString("url", FhirCodes.EthnicityUrl);
            json.WriteStartArray("extension");
            Part(json, "ombCategory", category);
            json.WriteStartObject();
            json.WriteString("url", "text");
            json.WriteString("valueString", ethnicity);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Part(Utf8JsonWriter json, string url, string code)
    {
        json.WriteStartObject();
        json.WriteString("url", url);
        json.WriteStartObject("valueCoding");
        json.WriteString("system", FhirCodes.RaceEthnicity);
        json.WriteString("code", code);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
