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
    public void MeasuresDoc_ListsExactlyTheCatalogsParametersWithTheirDefaults()
    {
        var wrong = MeasureCatalog.Measures
            .Select(m => (m.Id, Expected: m.Parameters.Select(p => $"| `{p.Name}` | {p.DefaultText} |").ToList(), Shown: ParameterRows(SectionOf(m.Id))))
            .Where(m => !m.Expected.SequenceEqual(m.Shown))
            .Select(m => $"### {m.Id} should list:\n{string.Join("\n", m.Expected)}\nbut lists:\n{string.Join("\n", m.Shown)}")
            .ToList();

        Assert.True(wrong.Count == 0, "docs/measures.md:\n" + string.Join("\n\n", wrong));
    }

    /// <summary>The section's parameter rows (<c>| `name` | default |</c>), with the description column cut off.</summary>
    private static List<string> ParameterRows(string section) =>
        [.. ParameterRow().Matches(section).Select(m => $"| `{m.Groups[1].Value}` | {m.Groups[2].Value.Trim()} |")];

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

    [GeneratedRegex(@"^\| `([A-Za-z0-9]+)` \|([^|]*)\|", RegexOptions.Multiline)]
    private static partial Regex ParameterRow();

    [GeneratedRegex(@"^### ([a-z0-9_]+)$", RegexOptions.Multiline)]
    private static partial Regex Section();
}
