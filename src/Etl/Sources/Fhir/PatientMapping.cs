using System.Text.Json;

namespace QiPipeline.Etl.Sources.Fhir;

/// <summary>Patient to a patients record (docs/fhir.md, "Patient").</summary>
internal static class PatientMapping
{
    public static FhirRow Map(JsonElement patient, FhirMaps maps, Payers payers) => new()
    {
        ["patient_id"] = patient.Text("id"),
        ["clinic_id"] = maps.Clinic([patient.Get("managingOrganization")]),
        ["birth_date"] = patient.Text("birthDate"),
        ["sex"] = Sex(patient.Text("gender")),
        ["race"] = UsCoreDemographics.Race(patient),
        ["ethnicity"] = UsCoreDemographics.Ethnicity(patient),
        ["language"] = Language(patient),
        ["payer"] = payers.For(patient.Text("id")),
        ["death_date"] = patient.Text("deceasedDateTime"),
    };

    /// <summary>FHIR administrative gender to the contract's codes; anything else as sent (a bad_code reject).</summary>
    private static string? Sex(string? gender) => gender switch
    {
        null => null,
        "female" => "F",
        "male" => "M",
        "other" => "X",
        "unknown" => "U",
        _ => gender,
    };

    /// <summary>The preferred communication (else the first): its text, else its first coding's display, else code.</summary>
    private static string? Language(JsonElement patient)
    {
        var all = patient.Items("communication").ToList();
        if (all.Count == 0)
        {
            return null;
        }

        var chosen = all.FirstOrDefault(c => c.Boolean("preferred") == true);
        var language = (chosen.ValueKind == JsonValueKind.Object ? chosen : all[0]).Get("language");
        var coding = language.Codings().Select(c => (JsonElement?)c).FirstOrDefault();
        return language.Text("text") ?? coding.Text("display") ?? coding.Text("code");
    }
}
