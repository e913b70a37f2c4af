using System.Text.Json;
using QiPipeline.SampleData.Tests.Support;

namespace QiPipeline.SampleData.Tests;

[Collection(DemoCollectionDefinition.Name)]
public sealed class ConfigurationTests(DemoFixture demo)
{
    [Fact]
    public void QiJson_DefaultOptions_DescribesTheThreeSources()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(demo.Report.ConfigPath));
        var root = config.RootElement;

        Assert.Equal("duckdb", root.GetProperty("warehouse").GetProperty("provider").GetString());
        Assert.Equal("Data Source=../warehouse.duckdb", root.GetProperty("warehouse").GetProperty("connectionString").GetString());
        var sources = root.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(["north", "south", "east"], sources.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal("csv", sources[0].GetProperty("type").GetString());
        Assert.Equal("north", sources[0].GetProperty("path").GetString());
        Assert.Equal("sqlite", sources[1].GetProperty("type").GetString());
        Assert.Equal("Data Source=south.db", sources[1].GetProperty("connectionString").GetString());
        Assert.Equal("incremental", sources[1].GetProperty("mode").GetString());
        Assert.Equal(Source.Entities, sources[1].GetProperty("queries").EnumerateObject().Select(p => p.Name));
        Assert.Equal("fhir", sources[2].GetProperty("type").GetString());
        Assert.Equal("east-fhir", sources[2].GetProperty("path").GetString());
        Assert.Equal("America/New_York", sources[2].GetProperty("timeZone").GetString());
        Assert.Equal("E1", sources[2].GetProperty("fhir").GetProperty("organizations").GetProperty("Organization/E1").GetString());
        Assert.Equal("../reports", root.GetProperty("reports").GetProperty("outputDir").GetString());
        Assert.Equal(11, root.GetProperty("reports").GetProperty("minCellSize").GetInt32());
        Assert.Equal("../charts", root.GetProperty("reports").GetProperty("chartsDir").GetString());
        Assert.Equal(0.8, root.GetProperty("reports").GetProperty("targets").GetProperty("depression_screening").GetDouble());

        // Money inputs, so the demo's value workbook shows savings and CoCM revenue.
        Assert.True(root.GetProperty("reports").GetProperty("avoidableEdVisitCost").GetDecimal() > 0);
        var rates = root.GetProperty("reports").GetProperty("cocmRates");
        foreach (var code in (string[])["99492", "99493", "99494", "G2214"])
        {
            Assert.True(rates.GetProperty(code).GetDecimal() > 0, code);
        }
        Assert.Equal(
            [Path.Combine(demo.Root, "north"), Path.Combine(demo.Root, "south.db"), Path.Combine(demo.Root, "east-fhir")],
            demo.Report.SourcePaths);
    }

    [Fact]
    public void QiJson_DefaultOptions_HasTwoPilotsAndAComparisonClinic()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(demo.Report.ConfigPath));
        var clinics = config.RootElement.GetProperty("clinics").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);

        Assert.Equal(["N1", "S1", "E1"], clinics.Keys);
        Assert.True(clinics["N1"].GetProperty("pilot").GetBoolean());
        Assert.Equal("2024-11-01", clinics["N1"].GetProperty("goLive").GetString());
        Assert.True(clinics["S1"].GetProperty("pilot").GetBoolean());
        Assert.Equal("2025-02-01", clinics["S1"].GetProperty("goLive").GetString());
        Assert.False(clinics["E1"].GetProperty("pilot").GetBoolean());
        Assert.False(clinics["E1"].TryGetProperty("goLive", out _));
        Assert.Equal("Eastview Community Clinic", clinics["E1"].GetProperty("name").GetString());
    }

    [Fact]
    public void QiJson_DefaultOptions_HasPdsaCyclesAroundTheGoLives()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(demo.Report.ConfigPath));
        var cycles = config.RootElement.GetProperty("pdsaCycles").EnumerateArray().ToList();

        Assert.InRange(cycles.Count, 2, 3);
        Assert.All(cycles, c =>
        {
            Assert.NotEmpty(c.GetProperty("clinicIds").EnumerateArray());
            Assert.False(string.IsNullOrEmpty(c.GetProperty("measureId").GetString()));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("title").GetString()));
            Assert.True(string.CompareOrdinal(c.GetProperty("start").GetString(), c.GetProperty("end").GetString()) < 0);
            Assert.InRange(c.GetProperty("prediction").GetDouble(), 0, 1);
        });
    }

    [Fact]
    public async Task QiJson_EndInMidMonth_GoLivesOnTheFirstOfAMonth()
    {
        using var folder = new TempFolder();

        var demoResult = await ClinicGenerator.GenerateAsync(
            folder.Path, new GeneratorOptions { Patients = 30, End = new DateOnly(2026, 6, 15), Months = 24 }, CancellationToken.None);

        using var config = JsonDocument.Parse(File.ReadAllText(demoResult.ConfigPath));
        var goLives = config.RootElement.GetProperty("clinics").EnumerateArray()
            .Where(c => c.TryGetProperty("goLive", out _)).Select(c => c.GetProperty("goLive").GetString()).ToList();
        Assert.Equal(["2025-05-01", "2025-08-01"], goLives);
    }
}
