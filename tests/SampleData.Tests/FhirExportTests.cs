using System.IO.Compression;
using System.Text.Json;

namespace QiPipeline.SampleData.Tests;

/// <summary>The east clinic's FHIR Bulk Data export (east-fhir/) beside its CSV extract (east/).</summary>
[Collection(DemoCollectionDefinition.Name)]
public sealed class FhirExportTests(DemoFixture demo)
{
    /// <summary>The SNOMED CT concepts the issue names for the behavioral-health codes, and the chronic conditions' own.</summary>
    private static readonly HashSet<string> Concepts =
    [
        "370143000", "66344007", "13746004", "58214004", "21897009", "15167005",
        "59621000", "55822004", "44054006", "195967001", "414916001",
    ];

    private string Folder => Path.Combine(demo.Root, "east-fhir");

    [Fact]
    public void Export_BadLines_AreExactlyTheCountedMalformedOnes()
    {
        var malformed = ResourceFiles().Sum(f => Lines(f).Count(l => Parse(l, ResourceType(f)) is null));

        Assert.Equal(demo.Report.Source("east").MalformedLinesTotal, malformed);
        Assert.InRange(malformed, 4, 100);
    }

    [Fact]
    public void Export_Conditions_AreSnomedOnlyOneResourcePerCsvRow()
    {
        var conditions = Resources("Condition.ndjson").ToList();

        Assert.Equal(demo.Source("east")["diagnoses"].Rows.Count, conditions.Count);
        Assert.All(conditions, c =>
        {
            var coding = Assert.Single(c.GetProperty("code").GetProperty("coding").EnumerateArray());
            Assert.Equal("http://snomed.info/sct", coding.GetProperty("system").GetString());
            Assert.Contains(coding.GetProperty("code").GetString()!, Concepts);
        });
    }

    [Fact]
    public void Export_EncounterStarts_CarryANewYorkOffset()
    {
        var starts = Resources("Encounter.ndjson").Concat(Resources("Encounter.2.ndjson"))
            .Where(e => e.TryGetProperty("period", out var period) && period.TryGetProperty("start", out _))
            .Select(e => e.GetProperty("period").GetProperty("start").GetString()!)
            .Where(s => s.Length > 10)
            .ToList();

        Assert.True(starts.Count > 1000);
        Assert.All(starts, s => Assert.Matches(@"T\d\d:\d\d:\d\d-0[45]:00$", s));
        Assert.Contains(starts, s => s.EndsWith("-04:00", StringComparison.Ordinal));
        Assert.Contains(starts, s => s.EndsWith("-05:00", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_Observations_AreGzipped()
    {
        Assert.True(File.Exists(Path.Combine(Folder, "Observation.ndjson.gz")));
        Assert.NotEmpty(Resources("Observation.ndjson.gz"));
    }

    private IEnumerable<string> ResourceFiles() => Directory.EnumerateFiles(Folder).Select(Path.GetFileName).OfType<string>();

    private IEnumerable<JsonElement> Resources(string file) =>
        Lines(file).Select(l => Parse(l, ResourceType(file))).Where(r => r is not null).Select(r => r!.Value);

    private List<string> Lines(string file)
    {
        using var stream = File.OpenRead(Path.Combine(Folder, file));
        using var text = new StreamReader(file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream);
        var lines = new List<string>();
        while (text.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static string ResourceType(string file) => file.Split('.')[0];

    private static JsonElement? Parse(string line, string type)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement.Clone();
            return root.TryGetProperty("resourceType", out var t) && t.GetString() == type ? root : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
