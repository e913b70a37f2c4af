using System.Globalization;
using QiPipeline.Metrics.Catalog;

namespace QiPipeline.Metrics.Engine;

/// <summary>
/// The configured parameters of one id of the <c>measures</c> section (flattened configuration
/// keys, e.g. <c>lookbackDays</c>, <c>instruments:0</c>, <c>thresholds:PHQ-2</c>). Only names its
/// <see cref="ParameterSet"/> declares can be read, and an unset one takes the catalog's default,
/// so code and catalog cannot drift apart. The configuration is validated against the same
/// catalog before any work, so a value that does not parse here is a programming error.
/// </summary>
public sealed class MeasureParameters
{
    private readonly ParameterSet _set;
    private readonly IReadOnlyDictionary<string, string?> _values;

    /// <summary>The parameters of <paramref name="id"/> with the configured <paramref name="values"/>.</summary>
    public MeasureParameters(string id, IReadOnlyDictionary<string, string?> values)
    {
        _set = MeasureCatalog.FindParameters(id) ?? throw new ArgumentException($"'{id}' is not an id of the measures section", nameof(id));
        _values = values;
    }

    /// <summary>No overrides: every parameter takes its default.</summary>
    public static MeasureParameters Defaults(string id) => new(id, new Dictionary<string, string?>());

    /// <summary>The id these parameters belong to.</summary>
    public string Id => _set.Id;

    /// <summary>A whole-number parameter.</summary>
    public int Int(string name)
    {
        var definition = Declared(name, ParameterType.Integer);
        return Find(name) is { } text ? ParseInt(name, text) : (int)definition.Default;
    }

    /// <summary>A yes/no parameter.</summary>
    public bool Bool(string name)
    {
        var definition = Declared(name, ParameterType.Boolean);
        return Find(name) is { } text
            ? bool.TryParse(text, out var value) ? value : throw Invalid(name, text, "true or false")
            : (bool)definition.Default;
    }

    /// <summary>A list parameter: the configured list replaces the default as a whole.</summary>
    public IReadOnlyList<string> Strings(string name)
    {
        var definition = Declared(name, ParameterType.TextList);
        var items = Children(name)
            .OrderBy(kv => int.Parse(kv.Key, CultureInfo.InvariantCulture))
            .Select(kv => kv.Value)
            .ToList();
        return items.Count > 0 ? items : (IReadOnlyList<string>)definition.Default;
    }

    /// <summary>A map parameter: configured entries replace or add to the default entries one by one.</summary>
    public IReadOnlyDictionary<string, int> IntMap(string name)
    {
        var definition = Declared(name, ParameterType.IntegerMap);
        var map = new Dictionary<string, int>((IReadOnlyDictionary<string, int>)definition.Default, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, text) in Children(name))
        {
            map[key] = ParseInt($"{name}.{key}", text);
        }

        return map;
    }

    private ParameterDefinition Declared(string name, ParameterType type)
    {
        var definition = _set.Find(name) ?? throw new InvalidOperationException($"measures.{_set.Id}.{name} is not declared in the measure catalog");
        return definition.Type == type
            ? definition
            : throw new InvalidOperationException($"measures.{_set.Id}.{name} is declared as {definition.Type}, read as {type}");
    }

    private int ParseInt(string name, string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid(name, text, "a whole number");

    private ArgumentException Invalid(string name, string text, string expected) =>
        new($"measures.{_set.Id}.{name} must be {expected}, not '{text}'");

    private string? Find(string name) =>
        _values.FirstOrDefault(kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private IEnumerable<(string Key, string Value)> Children(string name) =>
        _values
            .Where(kv => kv.Key.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase) && kv.Value is not null)
            .Select(kv => (kv.Key[(name.Length + 1)..], kv.Value!));
}
