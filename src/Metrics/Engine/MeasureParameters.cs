using System.Globalization;

namespace QiPipeline.Metrics.Engine;

/// <summary>
/// One measure's parameters from the <c>measures</c> configuration section (flattened keys, e.g.
/// <c>lookbackDays</c>, <c>instruments:0</c>), each with the default of docs/measures.md. An optional
/// observer sees every parameter read with its default (docs/measures.md is checked with it).
/// </summary>
public sealed class MeasureParameters(string measureId, IReadOnlyDictionary<string, string?> values, Action<string, string, string>? onRead = null)
{
    /// <summary>No overrides: every parameter takes its default.</summary>
    public static MeasureParameters Defaults(string measureId) => new(measureId, new Dictionary<string, string?>());

    /// <summary>The measure these parameters belong to.</summary>
    public string MeasureId => measureId;

    /// <summary>A whole-number parameter, or its default.</summary>
    public int Int(string name, int defaultValue)
    {
        onRead?.Invoke(measureId, name, defaultValue.ToString(CultureInfo.InvariantCulture));
        var text = Find(name);
        if (text is null)
        {
            return defaultValue;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"measures.{measureId}.{name} must be a whole number, not '{text}'");
    }

    /// <summary>A list parameter (a JSON array), or its default.</summary>
    public IReadOnlyList<string> Strings(string name, IReadOnlyList<string> defaultValue)
    {
        onRead?.Invoke(measureId, name, string.Join(", ", defaultValue));
        var items = values
            .Where(kv => kv.Key.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase) && kv.Value is not null)
            .OrderBy(kv => int.Parse(kv.Key[(name.Length + 1)..], CultureInfo.InvariantCulture))
            .Select(kv => kv.Value!)
            .ToList();
        return items.Count > 0 ? items : defaultValue;
    }

    private string? Find(string name) =>
        values.FirstOrDefault(kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
