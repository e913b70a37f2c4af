using System.Globalization;
using System.Text.Json;

namespace QiPipeline.Etl.Sources.Fhir;

/// <summary>Small readers over a parsed resource: absent or mistyped elements read as null, never throw.</summary>
internal static class FhirJson
{
    public const string Loinc = "http://loinc.org";
    public const string Snomed = "http://snomed.info/sct";
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";
    public const string RxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm";

    public static JsonElement? Get(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>A string element, trimmed; null when absent, empty or not a string.</summary>
    public static string? Text(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { } text && text.Trim().Length > 0 ? text.Trim() : null;

    public static string? Text(this JsonElement? element, string name) => element is { } e ? e.Text(name) : null;

    /// <summary>A number element as written (so <c>3.0</c> stays whole and <c>3.5</c> stays a fraction the validator rejects).</summary>
    public static string? Number(this JsonElement? element, string name) =>
        element?.Get(name) is { ValueKind: JsonValueKind.Number } value ? value.GetRawText() : null;

    public static bool? Boolean(this JsonElement element, string name) => element.Get(name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => null,
    };

    /// <summary>The items of an array element; nothing when absent or not an array.</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    public static IEnumerable<JsonElement> Items(this JsonElement? element, string name) =>
        element is { } e ? e.Items(name) : [];

    /// <summary>The codings of a CodeableConcept element.</summary>
    public static IEnumerable<JsonElement> Codings(this JsonElement? concept) => concept.Items("coding");

    /// <summary>The codings of every CodeableConcept in an array element.</summary>
    public static IEnumerable<JsonElement> AllCodings(this JsonElement element, string name) =>
        element.Items(name).SelectMany(c => ((JsonElement?)c).Codings());

    /// <summary>The code of the first coding of <paramref name="system"/>, or null.</summary>
    public static string? Code(this IEnumerable<JsonElement> codings, string system) =>
        codings.Where(c => c.Text("system") == system).Select(c => c.Text("code")).FirstOrDefault(c => c is not null);

    /// <summary>
    /// The id a reference points to when it names <paramref name="type"/>: <c>Patient/123</c>, an absolute
    /// URL ending in it (a version suffix <c>/_history/2</c> dropped), or <c>urn:uuid:...</c> as Bulk
    /// exports of bundles write it. Null for another type or no reference.
    /// </summary>
    public static string? ReferenceId(this JsonElement? reference, string type) => IdOfReference(reference.Text("reference"), type);

    /// <summary>The id in a reference's text (the rule of <see cref="ReferenceId"/>), for readers that hold the text.</summary>
    public static string? IdOfReference(string? text, string type)
    {
        if (text is null)
        {
            return null;
        }

        if (text.StartsWith("urn:uuid:", StringComparison.OrdinalIgnoreCase))
        {
            return text["urn:uuid:".Length..];
        }

        var segments = text.Split('/');
        for (var i = segments.Length - 2; i >= 0; i--)
        {
            if (segments[i] == type && segments[i + 1].Length > 0)
            {
                return segments[i + 1];
            }
        }

        return null;
    }

    /// <summary>A FHIR dateTime or instant as an instant, when it has a time and an offset.</summary>
    public static DateTimeOffset? Instant(string? text) =>
        text is not null && text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal))
            ? instant
            : null;
}
