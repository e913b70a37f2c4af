using QiPipeline.Metrics.Actions;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Tests.Support;

namespace QiPipeline.Metrics.Tests.Docs;

/// <summary>docs/measures.md's "Action lists" section lists every parameter the action lists read, with its default.</summary>
public sealed class ActionListsDocTests
{
    [Fact]
    public void ActionListsSection_ListsEveryActionListParameterWithItsDefault()
    {
        var read = new List<(string Measure, string Name, string Default)>();
        var context = new MeasureContext(new DateOnly(2025, 6, 30), Contexts.M("2024-07"), Contexts.M("2025-06"),
            id => new MeasureParameters(id, new Dictionary<string, string?>(), (m, n, d) => read.Add((m, n, d))));

        _ = new ActionListCollector(context);

        var doc = File.ReadAllText(Find());
        var section = doc[doc.IndexOf("\n## Action lists\n", StringComparison.Ordinal)..];
        var own = read.Where(p => p.Measure == "action_lists").Distinct().ToList();
        Assert.Equal(7, own.Count);
        var missing = own.Where(p => !section.Contains($"| `{p.Name}` | {p.Default} |", StringComparison.Ordinal)).Select(p => p.Name).ToList();
        Assert.True(missing.Count == 0, "docs/measures.md, Action lists, lacks: " + string.Join(", ", missing));
    }

    private static string Find()
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
}
