using System.Text.RegularExpressions;
using QiPipeline.Application.Configuration;
using QiPipeline.Etl.Configuration;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// docs/contract.md's worked configuration is what a clinic's IT person copies: it must load as
/// written, with a source of every type.
/// </summary>
public sealed partial class ContractDocTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void WorkedConfiguration_LoadsWithASourceOfEveryType()
    {
        var text = File.ReadAllText(FindDoc());
        var json = WorkedConfiguration().Match(text).Groups[1].Value;
        var file = _folder.File("qi.json");
        File.WriteAllText(file, json);

        var config = ConfigurationLoader.Load(file, new Dictionary<string, string?>
        {
            ["EAST_EHR"] = "Host=localhost;Database=clinic;Username=qi_reader;Password=x",
            ["WEST_EHR"] = "Server=localhost;Database=Clinical;User Id=qi_reader;Password=x;Encrypt=true",
        });

        Assert.Equal(SourceTypes.All.Order(StringComparer.Ordinal), config.Sources.Select(s => s.Options.Type!).Order(StringComparer.Ordinal));
        Assert.All(config.Sources, s => Assert.NotNull(s.Options.TimeZone));
    }

    [GeneratedRegex(@"### One source of each type\s+```json\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex WorkedConfiguration();

    private static string FindDoc()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "docs", "contract.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("docs/contract.md not found above " + AppContext.BaseDirectory);
    }
}
