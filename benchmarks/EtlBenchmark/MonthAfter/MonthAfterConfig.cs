using System.Text.Json;
using System.Text.Json.Nodes;

namespace QiPipeline.EtlBenchmark.MonthAfter;

/// <summary>
/// A qi.json for one month's extracts: the generated configuration (clinics, PDSA cycles, measures,
/// reports) with only its sources replaced, every one incremental. East is read from its CSV folder
/// rather than its FHIR export: a monthly FHIR delta would need the export filtered by each resource
/// type's own date element, and the loader has no <c>updated_at</c> for FHIR resources to compare.
/// </summary>
internal static class MonthAfterConfig
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Writes <paramref name="folder"/>/qi.json; <paramref name="north"/>, <paramref name="east"/> and <paramref name="southDatabase"/> are absolute paths.</summary>
    public static async Task<string> WriteAsync(string generatedConfig, string folder, string north, string east, string southDatabase)
    {
        var config = JsonNode.Parse(await File.ReadAllTextAsync(generatedConfig))!.AsObject();
        var generated = config["sources"]!.AsArray();
        var south = generated.Single(s => (string?)s!["name"] == "south")!.DeepClone().AsObject();
        if ((string?)south["mode"] != "incremental")
        {
            throw new InvalidOperationException($"{generatedConfig}: the south source is not incremental");
        }

        south["connectionString"] = $"Data Source={southDatabase}";
        config["sources"] = new JsonArray(
            CsvSource("north", north),
            south,
            CsvSource("east", east));

        var path = Path.Combine(folder, "qi.json");
        await File.WriteAllTextAsync(path, config.ToJsonString(Indented));
        return path;
    }

    private static JsonObject CsvSource(string name, string path) => new()
    {
        ["name"] = name,
        ["type"] = "csv",
        ["path"] = path,
        ["mode"] = "incremental",
    };
}
