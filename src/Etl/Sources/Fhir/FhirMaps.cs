using System.Collections.Frozen;
using System.Text.Json;
using QiPipeline.Etl.Configuration;

namespace QiPipeline.Etl.Sources.Fhir;

/// <summary>The configured maps of a fhir source (docs/fhir.md), ready for lookups.</summary>
internal sealed class FhirMaps
{
    private readonly FrozenDictionary<string, string> _organizations;
    private readonly FrozenDictionary<string, string> _referralServices;
    private readonly FrozenDictionary<string, string> _encounterTypes;
    private readonly FrozenSet<string> _surveyCodes;
    private readonly FrozenDictionary<string, string> _instrumentCodes;
    private readonly string? _clinicId;

    public FhirMaps(FhirSourceOptions? options)
    {
        options ??= new FhirSourceOptions();
        _organizations = options.Organizations.ToFrozenDictionary(StringComparer.Ordinal);
        _referralServices = options.ReferralServices.ToFrozenDictionary(StringComparer.Ordinal);
        _encounterTypes = options.EncounterTypes.ToFrozenDictionary(StringComparer.Ordinal);
        _surveyCodes = options.SurveyCodes.ToFrozenSet(StringComparer.Ordinal);
        _instrumentCodes = options.InstrumentCodes.ToFrozenDictionary(StringComparer.Ordinal);
        _clinicId = options.ClinicId;
    }

    /// <summary>
    /// The clinic of the first reference found in the organization map (by its reference text, its
    /// <c>Type/id</c> tail, or its identifier value). When none is mapped, the first reference's own
    /// id (or identifier value) as sent, so the record is rejected as unknown_clinic rather than
    /// silently given to another clinic; with no reference at all, the configured clinicId, else null.
    /// </summary>
    public string? Clinic(IEnumerable<JsonElement?> references)
    {
        string? unmapped = null;
        foreach (var reference in references)
        {
            foreach (var key in Keys(reference))
            {
                if (_organizations.TryGetValue(key, out var clinic))
                {
                    return clinic;
                }
            }

            unmapped ??= Unmapped(reference);
        }

        return unmapped ?? _clinicId;
    }

    /// <summary>An organization-like reference's id, or its identifier value; null for no reference or a person's.</summary>
    private static string? Unmapped(JsonElement? reference)
    {
        if (reference.Text("reference") is { } text)
        {
            var segments = text.Split('/');
            return segments.Length >= 2 && segments[^2] is "Organization" or "Location" or "HealthcareService" && segments[^1].Length > 0 ? segments[^1] : null;
        }

        return reference?.Get("identifier").Text("value");
    }

    /// <summary>The referral service of the first coding whose code is mapped, or null.</summary>
    public string? ReferralService(IEnumerable<JsonElement> codings) => First(_referralServices, codings);

    /// <summary>The encounter type of the first coding whose code is mapped, or null.</summary>
    public string? EncounterType(IEnumerable<JsonElement> codings) => First(_encounterTypes, codings);

    /// <summary>The instrument (name) of the first coding whose code is in the instrument code map, or null.</summary>
    public string? Instrument(IEnumerable<JsonElement> codings) => First(_instrumentCodes, codings);

    /// <summary>The configured survey codes.</summary>
    public IReadOnlyList<string> SurveyCodes => _surveyCodes.Items;

    /// <summary>Whether a coding of this concept is a configured survey score code.</summary>
    public bool IsSurvey(IEnumerable<JsonElement> codings) =>
        _surveyCodes.Count > 0 && codings.Any(c => c.Text("code") is { } code && _surveyCodes.Contains(code));

    private static string? First(FrozenDictionary<string, string> map, IEnumerable<JsonElement> codings)
    {
        if (map.Count == 0)
        {
            return null;
        }

        foreach (var coding in codings)
        {
            if (coding.Text("code") is { } code && map.TryGetValue(code, out var value))
            {
                return value;
            }
        }

        return null;
    }

    private static IEnumerable<string> Keys(JsonElement? reference)
    {
        if (reference.Text("reference") is { } text)
        {
            yield return text;
            var segments = text.Split('/');
            if (segments.Length > 2)
            {
                yield return segments[^2] + "/" + segments[^1];
            }
        }

        if (reference?.Get("identifier").Text("value") is { } identifier)
        {
            yield return identifier;
        }
    }
}
