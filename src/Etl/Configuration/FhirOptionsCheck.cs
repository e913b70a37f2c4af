using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Configuration;

/// <summary>
/// Checks the <c>fhir</c> section of a fhir source: clinic ids are safe names, mapped services,
/// encounter types and instruments are in their vocabularies, no key or code is empty. Each failure is one line naming its key.
/// </summary>
internal static class FhirOptionsCheck
{
    public static string? FirstError(string key, FhirSourceOptions? fhir)
    {
        if (fhir is null)
        {
            return null;
        }

        if (fhir.ClinicId is { } clinic && !SourceOptionsValidator.IsSafeName(clinic))
        {
            return $"{key}.clinicId '{clinic}' must be 1-50 letters, digits, '-' or '_'";
        }

        return Map(key + ".organizations", fhir.Organizations, v => SourceOptionsValidator.IsSafeName(v), "a clinic id (1-50 letters, digits, '-' or '_')")
            ?? Map(key + ".referralServices", fhir.ReferralServices, Vocabularies.ReferralService.Contains, "one of " + string.Join(", ", Vocabularies.ReferralService))
            ?? Map(key + ".encounterTypes", fhir.EncounterTypes, Vocabularies.EncounterType.Contains, "one of " + string.Join(", ", Vocabularies.EncounterType))
            ?? Map(key + ".instrumentCodes", fhir.InstrumentCodes, v => Instruments.All.Any(i => i.Name == v), "an instrument name (" + string.Join(", ", Instruments.All.Select(i => i.Name)) + ")")
            ?? Codes(key + ".surveyCodes", fhir.SurveyCodes);
    }

    private static string? Map(string key, IReadOnlyDictionary<string, string> map, Func<string, bool> valid, string expected)
    {
        foreach (var (code, value) in map)
        {
            if (!UsableCode(code))
            {
                return $"{key} has an empty code";
            }

            if (!valid(value))
            {
                return $"{key}.{code} '{value}' is not {expected}";
            }
        }

        return null;
    }

    private static string? Codes(string key, IReadOnlyList<string> codes)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            if (!UsableCode(codes[i]))
            {
                return $"{key}[{i}] is empty";
            }
        }

        return null;
    }

    private static bool UsableCode(string code) => !string.IsNullOrWhiteSpace(code);
}
