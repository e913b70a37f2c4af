using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace QiPipeline.Application.Configuration;

/// <summary>
/// Checks a configuration against the options types before they are bound: every key must be a property
/// (case-insensitive, as the binder reads them), every value must read as its property's type, objects and
/// lists where the type expects them. The binder alone ignores unknown keys and silently skips a list
/// element whose value it cannot convert (a source with <c>"retries": "three"</c> would never load); this
/// reports the first such mistake by its key path instead. Keys under dictionaries are free (their values
/// are still typed); the <c>measures</c> section is checked against the measure catalog instead.
/// </summary>
internal static class StrictKeys
{
    /// <summary>The top-level sections whose keys are not properties of <see cref="QiOptions"/>.</summary>
    public static readonly IReadOnlySet<string> CheckedElsewhere = new HashSet<string>(["measures"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The first mistake as "key.path: what is wrong", or null.</summary>
    public static string? FirstError(IConfiguration root) => FirstError(root.GetChildren());

    /// <summary>The first mistake in these top-level sections, or null.</summary>
    public static string? FirstError(IEnumerable<IConfigurationSection> sections) =>
        sections.Where(c => !CheckedElsewhere.Contains(c.Key)).Select(c => Member(c, c.Key, typeof(QiOptions))).FirstOrDefault(e => e is not null);

    /// <summary>The top-level keys the options declare (for the environment, where other variables may share the prefix).</summary>
    public static bool IsSection(string key) =>
        CheckedElsewhere.Contains(key) || Properties(typeof(QiOptions)).ContainsKey(key);

    private static string? Member(IConfigurationSection section, string key, Type owner) =>
        Properties(owner).TryGetValue(section.Key, out var property)
            ? Value(section, key, property.PropertyType)
            : $"{key} is not a known key (known here: {string.Join(", ", Properties(owner).Values.Select(p => Camel(p.Name)))})";

    private static string? Value(IConfigurationSection section, string key, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        var children = section.GetChildren().ToList();
        if (Scalar(target) is { } expected)
        {
            if (children.Count > 0)
            {
                return $"{key} must be a single value ({expected}), not an object or a list";
            }

            return section.Value is null || Reads(section.Value, target) ? null : $"{key} '{section.Value}' is not {expected}";
        }

        if (children.Count == 0)
        {
            // An empty object or list binds to nothing; a plain value where one is expected is a mistake.
            return string.IsNullOrEmpty(section.Value) ? null : $"{key} must be {(ElementType(target) is null ? "an object" : "a list or an object")}, not a single value";
        }

        if (DictionaryValueType(target) is { } valueType)
        {
            return children.Select(c => Value(c, $"{key}.{c.Key}", valueType)).FirstOrDefault(e => e is not null);
        }

        if (ElementType(target) is { } elementType)
        {
            var notIndex = children.FirstOrDefault(c => !int.TryParse(c.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _));
            return notIndex is not null
                ? $"{key} must be a list, not an object"
                : children.Select(c => Value(c, $"{key}[{c.Key}]", elementType)).FirstOrDefault(e => e is not null);
        }

        return children.Select(c => Member(c, $"{key}.{c.Key}", target)).FirstOrDefault(e => e is not null);
    }

    /// <summary>What a scalar type's values look like, for messages; null for objects and collections.</summary>
    private static string? Scalar(Type type) => type switch
    {
        _ when type == typeof(string) => "a text",
        _ when type == typeof(int) => "a whole number",
        _ when type == typeof(double) || type == typeof(decimal) => "a number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(DateOnly) => "a date YYYY-MM-DD",
        _ => null,
    };

    private static bool Reads(string text, Type type) => type switch
    {
        _ when type == typeof(int) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        _ when type == typeof(double) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d),
        _ when type == typeof(decimal) => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        _ when type == typeof(bool) => bool.TryParse(text, out _),
        _ when type == typeof(DateOnly) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => true,
    };

    private static Type? DictionaryValueType(Type type) =>
        type.IsGenericType && type.GetGenericArguments() is [var key, var value] && key == typeof(string)
            && (type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) || type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
            ? value
            : null;

    private static Type? ElementType(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) || type.GetGenericTypeDefinition() == typeof(List<>))
            ? type.GetGenericArguments()[0]
            : null;

    private static Dictionary<string, PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
