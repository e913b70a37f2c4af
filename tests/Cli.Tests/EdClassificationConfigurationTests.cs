using QiPipeline.Application.Configuration;
using QiPipeline.Metrics.Measures;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary><c>ed.classificationFile</c> replaces the shipped NYU/Johnston table for the whole run; without it the shipped table is used.</summary>
public sealed class EdClassificationConfigurationTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Load_ClassificationFile_ItsTableReplacesTheShippedOne()
    {
        var config = _folder.File("qi.json");
        await File.WriteAllTextAsync(config, """{ "ed": { "classificationFile": "nyu.csv" }, "sources": [ { "name": "n", "type": "csv", "path": "n" } ] }""");
        await File.WriteAllTextAsync(_folder.File("nyu.csv"), "icd10,edcnnpa,edcnpa,epct,noner,injury,psych,alcohol,drug\nR07.9,0,0.25,0.25,0.25,0.25,0,0,0\n");

        var classification = ConfigurationLoader.Load(config, new Dictionary<string, string?>()).EdClassification;

        Assert.Equal(1, classification.Count);
        Assert.Equal(0.75, classification.AvoidableWeight("R07.9"));
        Assert.False(classification.TryClassify("J06.9", out _));
    }

    [Fact]
    public async Task Load_NoClassificationFile_TheShippedTable()
    {
        var config = _folder.File("qi.json");
        await File.WriteAllTextAsync(config, """{ "sources": [ { "name": "n", "type": "csv", "path": "n" } ] }""");

        Assert.Same(EdClassification.Shipped, ConfigurationLoader.Load(config, new Dictionary<string, string?>()).EdClassification);
    }
}
