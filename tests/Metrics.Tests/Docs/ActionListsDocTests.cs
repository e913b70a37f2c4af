using QiPipeline.Metrics.Actions;

namespace QiPipeline.Metrics.Tests.Docs;

/// <summary>docs/measures.md's "Action lists" section lists every parameter the action lists read, with its default.</summary>
public sealed class ActionListsDocTests
{
    [Fact]
    public void ActionListsSection_ListsEveryActionListParameterWithItsDefault()
    {
        var doc = File.ReadAllText(Find());
        var section = doc[doc.IndexOf("\n## Action lists\n", StringComparison.Ordinal)..];
        var own = ActionListSettings.Parameters.Parameters;
        Assert.Equal(8, own.Count);
        var missing = own.Where(p => !section.Contains($"| `{p.Name}` | {p.DefaultText} |", StringComparison.Ordinal)).Select(p => p.Name).ToList();
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
