using System.Collections.Frozen;
using System.Text.Json;

namespace QiPipeline.Etl.Sources.Fhir;

/// <summary>
/// The US Core race and ethnicity extensions read into the canonical names (the OMB categories'
/// own names, as docs/contract.md's equity strata show them).
/// </summary>
internal static class UsCoreDemographics
{
    public const string RaceUrl = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race";
    public const string EthnicityUrl = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity";
    public const string TwoOrMoreRaces = "Two or More Races";
    public const string Hispanic = "Hispanic or Latino";

    /// <summary>The OMB race categories by their CDC Race and Ethnicity code.</summary>
    private static readonly FrozenDictionary<string, string> OmbRace = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["1002-5"] = "American Indian or Alaska Native",
        ["2028-9"] = "Asian",
        ["2054-5"] = "Black or African American",
        ["2076-8"] = "Native Hawaiian or Other Pacific Islander",
        ["2106-3"] = "White",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The OMB ethnicity categories by their CDC Race and Ethnicity code.</summary>
    private static readonly FrozenDictionary<string, string> OmbEthnicity = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["2135-2"] = Hispanic,
        ["2186-5"] = "Not Hispanic or Latino",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// One OMB category: its name; several: Two or More Races; none (or only UNK/ASKU): the
    /// extension's <c>text</c>; no text either: null. Detailed codes alone are not rolled up
    /// (that needs the CDC hierarchy), the text is what such exports carry.
    /// </summary>
    public static string? Race(JsonElement patient)
    {
        if (Extension(patient, RaceUrl) is not { } race)
        {
            return null;
        }

        var categories = Codes(race, "ombCategory").Select(c => OmbRace.GetValueOrDefault(c)).OfType<string>().Distinct().ToList();
        return categories.Count switch
        {
            1 => categories[0],
            > 1 => TwoOrMoreRaces,
            _ => Text(race),
        };
    }

    /// <summary>
    /// The OMB category; else Hispanic or Latino when a detailed code is given (every detailed
    /// ethnicity code of US Core is a Hispanic or Latino subgroup); else the text; else null.
    /// </summary>
    public static string? Ethnicity(JsonElement patient)
    {
        if (Extension(patient, EthnicityUrl) is not { } ethnicity)
        {
            return null;
        }

        if (Codes(ethnicity, "ombCategory").Select(c => OmbEthnicity.GetValueOrDefault(c)).OfType<string>().FirstOrDefault() is { } category)
        {
            return category;
        }

        return Codes(ethnicity, "detailed").Any() ? Hispanic : Text(ethnicity);
    }

    private static JsonElement? Extension(JsonElement element, string url) =>
        element.Items("extension").Where(e => e.Text("url") == url).Select(e => (JsonElement?)e).FirstOrDefault();

    private static IEnumerable<string> Codes(JsonElement? extension, string part) =>
        extension.Items("extension").Where(e => e.Text("url") == part).Select(e => e.Get("valueCoding").Text("code")).OfType<string>();

    private static string? Text(JsonElement? extension) =>
        extension.Items("extension").Where(e => e.Text("url") == "text").Select(e => e.Text("valueString")).FirstOrDefault(t => t is not null);
}
