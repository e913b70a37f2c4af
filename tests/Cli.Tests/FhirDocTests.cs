using System.Text.RegularExpressions;
using QiPipeline.Application.Configuration;
using QiPipeline.Etl.Configuration;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>docs/fhir.md's configurations are what a clinic's IT person copies: each must load as written.</summary>
public sealed partial class FhirDocTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void FhirDoc_EveryJsonSource_LoadsAsAFhirSource()
    {
        var blocks = JsonBlock().Matches(File.ReadAllText(FindDoc())).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(2, blocks.Count);
        foreach (var block in blocks)
        {
            var file = _folder.File("qi.json");
            File.WriteAllText(file, $$"""{ "sources": [ {{block}} ] }""");

            var source = Assert.Single(ConfigurationLoader.Load(file, new Dictionary<string, string?>()).Sources);

            Assert.Equal(SourceTypes.Fhir, source.Options.Type);
            Assert.NotEmpty(source.Options.Fhir!.Organizations);
        }
    }

    [GeneratedRegex(@"```json\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    private static string FindDoc()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "docs", "fhir.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("docs/fhir.md not found above " + AppContext.BaseDirectory);
    }
}
