using QiPipeline.Metrics.Actions;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Monthly;

/// <summary>
/// The parameters in force: builds the measure catalog and the action lists with an observer
/// on every parameter read (as the measures doc test does) and looks each one up in the configured
/// <c>measures</c> section.
/// </summary>
internal static class DefinitionsParameters
{
    private static readonly Dictionary<string, string?> NoValues = [];

    public static List<DefinitionsParameter> Read(Month month, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> settings)
    {
        var read = new List<(string Measure, string Name, string Default)>();
        var context = new MeasureContext(month.End, month.Plus(-11), month, id =>
            new MeasureParameters(id, Settings(settings, id), (m, n, d) => read.Add((m, n, d))));
        MeasureCatalog.Create(context, EdClassification.BuiltIn);

        // Not a measure, but set in the same `measures` section and read the same way: show it too.
        _ = new ActionListCollector(context);
        return read.Distinct().Select(p =>
        {
            var configured = Configured(Settings(settings, p.Measure), p.Name);
            return new DefinitionsParameter(p.Measure, p.Name, configured ?? p.Default, p.Default, configured is not null);
        }).ToList();
    }

    private static IReadOnlyDictionary<string, string?> Settings(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> settings, string id) =>
        settings.TryGetValue(id, out var values) ? values : NoValues;

    /// <summary>The configured value of a key, or of a list (<c>name:0</c>, <c>name:1</c>, ...) joined; null when not set.</summary>
    private static string? Configured(IReadOnlyDictionary<string, string?> values, string name)
    {
        var single = values.FirstOrDefault(kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase) && kv.Value is not null).Value;
        if (single is not null)
        {
            return single;
        }

        var items = values
            .Where(kv => kv.Key.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase) && kv.Value is not null)
            .OrderBy(kv => int.TryParse(kv.Key[(name.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : int.MaxValue)
            .Select(kv => kv.Value!)
            .ToList();
        return items.Count > 0 ? string.Join(", ", items) : null;
    }
}
