using System.Text.Json;

namespace QiPipeline.Etl.Sources.Fhir;

/// <summary>Condition to a diagnoses record (docs/fhir.md, "Condition").</summary>
internal static class ConditionMapping
{
    /// <summary>The dx_system of an ICD-10-CM code.</summary>
    public const string Icd10Cm = "icd10cm";

    /// <summary>The dx_system of a SNOMED CT concept.</summary>
    public const string Snomed = "snomed";

    public static FhirRow? Map(JsonElement condition)
    {
        if (condition.Get("verificationStatus").Codings().Any(c => c.Text("code") is "entered-in-error" or "refuted"))
        {
            return null;
        }

        var codings = condition.Get("code").Codings().ToList();
        var (code, system) = codings.Code(FhirJson.Icd10Cm) is { } icd ? (icd, Icd10Cm)
            : codings.Code(FhirJson.Snomed) is { } sct ? (sct, Snomed)
            : (codings.Select(c => c.Text("code")).FirstOrDefault(c => c is not null), (string?)null); // another system: a bad_code reject
        return new FhirRow
        {
            ["diagnosis_id"] = condition.Text("id"),
            ["patient_id"] = condition.Get("subject").ReferenceId("Patient"),
            ["dx_code"] = code,
            ["dx_system"] = system,
            ["dx_date"] = condition.Text("onsetDateTime") ?? condition.Get("onsetPeriod").Text("start") ?? condition.Text("recordedDate"),
        };
    }
}
