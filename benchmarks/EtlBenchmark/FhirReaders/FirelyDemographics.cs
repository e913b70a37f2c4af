using Hl7.Fhir.Model;
using static QiPipeline.EtlBenchmark.FhirReaders.FirelyFields;

namespace QiPipeline.EtlBenchmark.FhirReaders;

/// <summary>The US Core race and ethnicity extensions over Firely's POCOs, as <c>UsCoreDemographics</c> reads them.</summary>
internal static class FirelyDemographics
{
    private static readonly Dictionary<string, string> OmbRace = new(StringComparer.Ordinal)
    {
        ["1002-5"] = "American Indian or Alaska Native",
        ["2028-9"] = "Asian",
        ["2054-5"] = "Black or African American",
        ["2076-8"] = "Native Hawaiian or Other Pacific Islander",
        ["2106-3"] = "White",
    };

    private static readonly Dictionary<string, string> OmbEthnicity = new(StringComparer.Ordinal)
    {
        ["2135-2"] = "Hispanic or Latino",
        ["2186-5"] = "Not Hispanic or Latino",
    };

    public static string? Race(Patient patient)
    {
        if (Extension(patient, "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race") is not { } race)
        {
            return null;
        }

        var categories = Codes(race, "ombCategory").Select(c => OmbRace.GetValueOrDefault(c)).OfType<string>().Distinct().ToList();
        return categories.Count switch
        {
            1 => categories[0],
            > 1 => "Two or More Races",
            _ => Description(race),
        };
    }

    public static string? Ethnicity(Patient patient)
    {
        if (Extension(patient, "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity") is not { } ethnicity)
        {
            return null;
        }

        return Codes(ethnicity, "ombCategory").Select(c => OmbEthnicity.GetValueOrDefault(c)).OfType<string>().FirstOrDefault()
            ?? (Codes(ethnicity, "detailed").Any() ? "Hispanic or Latino" : Description(ethnicity));
    }

    private static Extension? Extension(Patient patient, string url) => patient.Extension.FirstOrDefault(e => T(e.Url) == url);

    private static IEnumerable<string> Codes(Extension extension, string part) =>
        extension.Extension.Where(e => T(e.Url) == part).Select(e => T((e.Value as Coding)?.Code)).OfType<string>();

    private static string? Description(Extension extension) =>
        extension.Extension.Where(e => T(e.Url) == "text").Select(e => T((e.Value as FhirString)?.Value)).FirstOrDefault(t => t is not null);
}
