using System.Text.Json;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Sources.Fhir;

/// <summary>Observation to a screenings or surveys record (docs/fhir.md, "Observation").</summary>
internal static class ObservationMapping
{
    /// <summary>LOINC 44260-8, PHQ-9 item 9 (thoughts that you would be better off dead or of hurting yourself).</summary>
    public const string Item9Loinc = "44260-8";

    /// <summary>Statuses of a result that stands; preliminary, registered, cancelled and entered-in-error ones are not records.</summary>
    public static bool Stands(JsonElement observation) => observation.Text("status") is "final" or "amended" or "corrected";

    /// <summary>The instrument's LOINC code when the observation is a total score of the instrument table.</summary>
    public static string? InstrumentLoinc(JsonElement observation) =>
        observation.Get("code").Codings()
            .Where(c => c.Text("system") == FhirJson.Loinc)
            .Select(c => c.Text("code"))
            .FirstOrDefault(code => code is not null && Instruments.Find(code) is not null);

    public static bool IsItem9(JsonElement observation) =>
        observation.Get("code").Codings().Any(c => c.Text("system") == FhirJson.Loinc && c.Text("code") == Item9Loinc);

    public static string? Date(JsonElement observation) =>
        observation.Text("effectiveDateTime") ?? observation.Get("effectivePeriod").Text("start") ?? observation.Text("effectiveInstant") ?? observation.Text("issued");

    public static FhirRow? Screening(JsonElement observation, FhirMaps maps, Item9Answers item9)
    {
        if (!Stands(observation) || (InstrumentLoinc(observation) ?? maps.Instrument(observation.Get("code").Codings())) is not { } loinc)
        {
            return null;
        }

        var patient = observation.Get("subject").ReferenceId("Patient");
        var date = Date(observation);
        var component = observation.Items("component")
            .Where(c => ((JsonElement?)c.Get("code")).Codings().Any(k => k.Text("code") == Item9Loinc))
            .Select(c => Item9Answers.Value(c))
            .FirstOrDefault(v => v is not null);
        return new FhirRow
        {
            ["screening_id"] = observation.Text("id"),
            ["patient_id"] = patient,
            ["clinic_id"] = maps.Clinic(observation.Items("performer").Select(p => (JsonElement?)p)),
            ["screening_date"] = date,
            ["instrument"] = loinc,
            ["score"] = Value(observation),
            ["item9_score"] = component ?? (Instruments.Find(loinc)!.HasItem9 ? item9.For(observation, patient, date) : null),
            ["positive"] = Interpretation(observation),
        };
    }

    public static FhirRow? Survey(JsonElement observation, FhirMaps maps)
    {
        if (!Stands(observation) || !maps.IsSurvey(observation.Get("code").Codings()))
        {
            return null;
        }

        return new FhirRow
        {
            ["survey_id"] = observation.Text("id"),
            ["patient_id"] = observation.Get("subject").ReferenceId("Patient"),
            ["clinic_id"] = maps.Clinic(observation.Items("performer").Select(p => (JsonElement?)p)),
            ["survey_date"] = Date(observation),
            ["score"] = Value(observation),
            ["max_score"] = observation.Items("referenceRange").Select(r => r.Get("high").Number("value")).FirstOrDefault(v => v is not null),
        };
    }

    /// <summary><c>valueQuantity.value</c> or <c>valueInteger</c>, as written.</summary>
    public static string? Value(JsonElement element) =>
        element.Get("valueQuantity").Number("value") ?? ((JsonElement?)element).Number("valueInteger");

    /// <summary>Interpretation POS or A is positive, NEG or N negative (used for the unscored social-needs screens).</summary>
    private static string? Interpretation(JsonElement observation) =>
        observation.AllCodings("interpretation").Select(c => c.Text("code")).FirstOrDefault(c => c is "POS" or "A" or "NEG" or "N") switch
        {
            "POS" or "A" => "true",
            "NEG" or "N" => "false",
            _ => null,
        };
}
