using System.Text.Json;

namespace QiPipeline.Etl.Sources.Fhir;

/// <summary>
/// The ICD-10-CM codes of an ED encounter's <c>reasonCode</c>s, in the order sent: the first is
/// primary_dx, the rest other_dx. A reason coded only in SNOMED CT (or anything else) is left out,
/// because the ED classification and the behavioral-health ED measures are defined on ICD-10-CM.
/// </summary>
internal static class EdDiagnoses
{
    public static List<string> Icd10(JsonElement encounter) =>
        [.. encounter.Items("reasonCode").Select(r => ((JsonElement?)r).Codings().Code(FhirJson.Icd10Cm)).OfType<string>()];
}
