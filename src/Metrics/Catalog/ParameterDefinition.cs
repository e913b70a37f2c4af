using System.Globalization;

namespace QiPipeline.Metrics.Catalog;

/// <summary>
/// One parameter a measure (or the action lists, or CoCM billing) reads from the <c>measures</c>
/// configuration section, with its type and its default. The default lives here and nowhere else:
/// measures ask <see cref="Engine.MeasureParameters"/> for a declared name and get the configured
/// value or this default.
/// </summary>
public sealed record ParameterDefinition
{
    private ParameterDefinition(string name, ParameterType type, object defaultValue, string description, IReadOnlyList<string>? vocabulary = null)
    {
        Name = name;
        Type = type;
        Default = defaultValue;
        Description = description;
        Vocabulary = vocabulary;
    }

    /// <summary>The instrument names (docs/contract.md), the vocabulary of the instrument lists and maps.</summary>
    public static IReadOnlyList<string> InstrumentNames { get; } = [.. Warehouse.Model.Instruments.All.Select(i => i.Name)];

    /// <summary>The key under <c>measures.&lt;id&gt;</c> (camelCase).</summary>
    public string Name { get; }

    /// <summary>What kind of value it takes.</summary>
    public ParameterType Type { get; }

    /// <summary>The default: an <see cref="int"/>, a <see cref="bool"/>, an <see cref="IReadOnlyList{T}"/> of
    /// strings, or an <see cref="IReadOnlyDictionary{TKey, TValue}"/> of ints by name.</summary>
    public object Default { get; }

    /// <summary>
    /// The values a list's items or a map's keys may take (compared case-insensitively), or null for any:
    /// a misspelt instrument would otherwise be a list item or a threshold that matches nothing.
    /// </summary>
    public IReadOnlyList<string>? Vocabulary { get; }

    /// <summary>What it changes, in a sentence.</summary>
    public string Description { get; }

    /// <summary>The default as docs and the Definitions sheet show it.</summary>
    public string DefaultText => Format(Default);

    /// <summary>A whole-number parameter.</summary>
    public static ParameterDefinition Integer(string name, int defaultValue, string description) =>
        new(name, ParameterType.Integer, defaultValue, description);

    /// <summary>A yes/no parameter.</summary>
    public static ParameterDefinition Boolean(string name, bool defaultValue, string description) =>
        new(name, ParameterType.Boolean, defaultValue, description);

    /// <summary>A list parameter.</summary>
    public static ParameterDefinition TextList(string name, IReadOnlyList<string> defaultValue, string description, IReadOnlyList<string>? vocabulary) =>
        new(name, ParameterType.TextList, defaultValue, description, vocabulary);

    /// <summary>A map of whole numbers by name (keys compared case-insensitively).</summary>
    public static ParameterDefinition IntegerMap(string name, IReadOnlyDictionary<string, int> defaultValue, string description, IReadOnlyList<string>? vocabulary) =>
        new(name, ParameterType.IntegerMap, defaultValue, description, vocabulary);

    /// <summary>A value of this parameter's type as docs show it.</summary>
    public static string Format(object value) => value switch
    {
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IReadOnlyList<string> list => string.Join(", ", list),
        IReadOnlyDictionary<string, int> map => string.Join(", ", map.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key}: {kv.Value}"))),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
