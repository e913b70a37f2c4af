using QiPipeline.Metrics.Catalog;

namespace QiPipeline.Reports.Monthly;

/// <summary>
/// The parameters in force: every parameter the measure catalog declares, with the configured value
/// from the <c>measures</c> section where one is set, else its default.
/// </summary>
internal static class DefinitionsParameters
{
    private static readonly Dictionary<string, string?> NoValues = [];

    public static List<DefinitionsParameter> Read(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> settings) =>
        [.. MeasureCatalog.ParameterSets.SelectMany(set => set.Parameters.Select(p =>
        {
            var configured = Configured(settings.TryGetValue(set.Id, out var values) ? values : NoValues, p);
            return new DefinitionsParameter(set.Id, p.Name, configured ?? p.DefaultText, p.DefaultText, configured is not null);
        }))];

    /// <summary>The configured value of a key, or of a list or map (<c>name:0</c>, <c>name:PHQ-2</c>, ...) joined; null when not set.</summary>
    private static string? Configured(IReadOnlyDictionary<string, string?> values, ParameterDefinition parameter)
    {
        var name = parameter.Name;
        var single = values.FirstOrDefault(kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase) && kv.Value is not null).Value;
        if (single is not null)
        {
            return single;
        }

        var items = values
            .Where(kv => kv.Key.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase) && kv.Value is not null)
            .Select(kv => (Key: kv.Key[(name.Length + 1)..], Value: kv.Value!))
            .ToList();
        if (items.Count == 0)
        {
            return null;
        }

        return parameter.Type == ParameterType.IntegerMap
            ? string.Join(", ", items.Select(i => $"{i.Key}: {i.Value}"))
            : string.Join(", ", items.OrderBy(i => int.TryParse(i.Key, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue).Select(i => i.Value));
    }
}
