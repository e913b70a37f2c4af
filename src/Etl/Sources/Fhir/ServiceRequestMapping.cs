using System.Text.Json;

namespace QiPipeline.Etl.Sources.Fhir;

/// <summary>ServiceRequest to a referrals record (docs/fhir.md, "ServiceRequest").</summary>
internal static class ServiceRequestMapping
{
    /// <summary>SNOMED CT 3457005 |Patient referral|: a referral even when its code is not in the map (service other).</summary>
    public const string PatientReferral = "3457005";

    /// <summary>The extension marking a same-day warm handoff (valueBoolean); US Core has no element for it.</summary>
    public const string WarmHandoffUrl = "urn:qipipeline:fhir:warm-handoff";

    public static FhirRow? Map(JsonElement request, FhirMaps maps)
    {
        if (request.Text("status") is "draft" or "entered-in-error")
        {
            return null;
        }

        var categories = request.AllCodings("category").ToList();
        var service = maps.ReferralService(categories.Concat(request.Get("code").Codings()))
            ?? (categories.Any(c => c.Text("system") == FhirJson.Snomed && c.Text("code") == PatientReferral) ? "other" : null);
        if (service is null)
        {
            return null; // a lab, imaging or other order: not a referral
        }

        var handoff = request.Items("extension").Where(e => e.Text("url") == WarmHandoffUrl).Select(Handoff).FirstOrDefault();
        return new FhirRow
        {
            ["referral_id"] = request.Text("id"),
            ["patient_id"] = request.Get("subject").ReferenceId("Patient"),
            ["clinic_id"] = maps.Clinic([request.Get("requester"), .. request.Items("performer").Select(p => (JsonElement?)p)]),
            ["referral_date"] = request.Text("authoredOn") ?? request.Text("occurrenceDateTime") ?? request.Get("occurrencePeriod").Text("start"),
            ["service"] = service,
            ["warm_handoff"] = handoff,
        };
    }

    /// <summary><c>valueBoolean</c> as true or false; a value of another type as its text, which the validator rejects (bad_code).</summary>
    private static string? Handoff(JsonElement extension) => extension.Boolean("valueBoolean") switch
    {
        true => "true",
        false => "false",
        null => extension.Text("valueString") ?? extension.Text("valueCode"),
    };
}
