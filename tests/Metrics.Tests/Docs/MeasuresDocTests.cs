using System.Text.RegularExpressions;
using QiPipeline.Metrics.Catalog;

namespace QiPipeline.Metrics.Tests.Docs;

/// <summary>
/// docs/measures.md and the code cannot drift apart: every measure of the catalog has its
/// section, and every parameter the catalog declares is in that section's table with the same default.
/// </summary>
public sealed partial class MeasuresDocTests
{
    private static readonly string Doc = File.ReadAllText(FindDoc());

    [Fact]
    public void MeasuresDoc_HasASectionForEveryMeasureAndNoOther()
    {
        var ids = MeasureCatalog.Measures.Select(m => m.Id).ToList();

        var documented = Section().Matches(Doc).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(ids, documented);
    }

    [Fact]
    public void MeasuresDoc_ListsEveryParameterWithItsDefault()
    {
        var missing = MeasureCatalog.Measures
            .SelectMany(m => m.Parameters.Select(p => (Measure: m.Id, p.Name, Default: p.DefaultText)))
            .Where(p => !SectionOf(p.Measure).Contains($"| `{p.Name}` | {p.Default} |", StringComparison.Ordinal))
            .Select(p => $"{p.Measure}: | `{p.Name}` | {p.Default} |")
            .ToList();
        Assert.True(missing.Count == 0, "docs/measures.md lacks:\n" + string.Join("\n", missing));
    }

    private static string SectionOf(string measure)
    {
        var start = Doc.IndexOf($"\n### {measure}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section for {measure}");
        var end = Doc.IndexOf("\n### ", start + 5, StringComparison.Ordinal);
        var nextChapter = Doc.IndexOf("\n## ", start + 5, StringComparison.Ordinal);
        end = new[] { end, nextChapter, Doc.Length }.Where(i => i > 0).Min();
        return Doc[start..end];
    }

    private static string FindDoc()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "docs", "measures.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/measures.md not found above the test folder");
    }

    [GeneratedRegex(@"^### ([a-z0-9_]+)$", RegexOptions.Multiline)]
    private static partial Regex Section();
}
