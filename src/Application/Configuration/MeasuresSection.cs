using System.Globalization;
using Microsoft.Extensions.Configuration;
using QiPipeline.Metrics.Catalog;

namespace QiPipeline.Application.Configuration;

/// <summary>
/// The <c>measures</c> section: per id of the measure catalog's parameter sets (a measure, <c>action_lists</c>,
/// <c>cocm_billing</c>), the parameters it declares. Checked against the catalog before any work: an unknown id
/// or parameter, or a value of the wrong type, is one line naming it. Kept as flattened keys and values, the
/// form <see cref="Metrics.Engine.MeasureParameters"/> reads.
/// </summary>
internal static class MeasuresSection
{
    public const string Name = "measures";

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Read(IConfiguration root) =>
        root.GetSection(Name).GetChildren().ToDictionary(
            m => m.Key,
            m => (IReadOnlyDictionary<string, string?>)m.AsEnumerable(makePathsRelative: true).Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value),
            StringComparer.Ordinal);

    /// <summary>Checks every id, key and value of the section; throws on the first mistake.</summary>
    public static void Validate(string path, IConfiguration root)
    {
        foreach (var entry in root.GetSection(Name).GetChildren())
        {
            if (Problem(entry) is { } problem)
            {
                throw new ConfigurationException($"{path}: {problem}");
            }
        }
    }

    private static string? Problem(IConfigurationSection entry)
    {
        var key = $"{Name}.{entry.Key}";
        if (MeasureCatalog.FindParameters(entry.Key) is not { } set)
        {
            return $"{key}: '{entry.Key}' is not an id of the measures section (use {string.Join(", ", MeasureCatalog.ParameterSets.Select(s => s.Id).Order(StringComparer.Ordinal))})";
        }

        var parameters = entry.GetChildren().ToList();
        if (parameters.Count == 0 && !string.IsNullOrEmpty(entry.Value))
        {
            return $"{key} must be an object of parameters, not a single value";
        }

        foreach (var parameter in parameters)
        {
            if (set.Find(parameter.Key) is not { } definition)
            {
                var known = set.Parameters.Count == 0 ? "it takes none" : "use " + string.Join(", ", set.Parameters.Select(p => p.Name));
                return $"{key}.{parameter.Key} is not a parameter of {set.Id} ({known})";
            }

            if ((Value($"{key}.{parameter.Key}", parameter, definition.Type) ?? Vocabulary($"{key}.{parameter.Key}", parameter, definition)) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? Value(string key, IConfigurationSection section, ParameterType type)
    {
        var children = section.GetChildren().ToList();
        return type switch
        {
            ParameterType.Integer => children.Count > 0 ? $"{key} must be a whole number, not an object or a list" : WholeNumber(key, section.Value),
            ParameterType.Boolean => children.Count > 0 || !bool.TryParse(section.Value, out _) ? $"{key} '{section.Value}' is not true or false" : null,
            ParameterType.TextList => children.Count == 0 && !string.IsNullOrEmpty(section.Value)
                ? $"{key} must be a list of texts, e.g. [\"PHQ-9\"], not a single value"
                : children.Select(c => !int.TryParse(c.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _) || c.GetChildren().Any() || string.IsNullOrWhiteSpace(c.Value)
                    ? $"{key} must be a list of texts, e.g. [\"PHQ-9\"]"
                    : null).FirstOrDefault(p => p is not null),
            ParameterType.IntegerMap => children.Count == 0 && !string.IsNullOrEmpty(section.Value)
                ? $"{key} must be an object of whole numbers by name, not a single value"
                : children.Select(c => c.GetChildren().Any() ? $"{key}.{c.Key} must be a whole number" : WholeNumber($"{key}.{c.Key}", c.Value)).FirstOrDefault(p => p is not null),
            _ => $"{key} has a type the configuration cannot read",
        };
    }

    /// <summary>A list's items, or a map's keys, outside the parameter's vocabulary (a misspelt instrument matches nothing).</summary>
    private static string? Vocabulary(string key, IConfigurationSection section, ParameterDefinition definition)
    {
        if (definition.Vocabulary is not { } vocabulary)
        {
            return null;
        }

        var known = vocabulary.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var child in section.GetChildren())
        {
            var (name, at) = definition.Type == ParameterType.IntegerMap ? (child.Key, $"{key}.{child.Key}") : (child.Value ?? string.Empty, $"{key}[{child.Key}]");
            if (!known.Contains(name.Trim()))
            {
                return $"{at} '{name}' is not one of {string.Join(", ", vocabulary)}";
            }
        }

        return null;
    }

    /// <summary>Days, months, ages, minutes and scores: whole numbers of 0 or more.</summary>
    private static string? WholeNumber(string key, string? text)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return $"{key} '{text}' is not a whole number";
        }

        return value < 0 ? string.Create(CultureInfo.InvariantCulture, $"{key} is {value}; it must be 0 or more") : null;
    }
}
