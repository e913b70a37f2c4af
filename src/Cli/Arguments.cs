using System.Globalization;
using QiPipeline.Cli.Configuration;

namespace QiPipeline.Cli;

/// <summary>
/// The verb's options, <c>--name value</c> pairs, and the few flags that take no value. Every option a
/// verb reads is removed, so anything left over is reported as unknown instead of being silently ignored.
/// </summary>
internal sealed class Arguments
{
    /// <summary>Options that are present or absent and take no value.</summary>
    private static readonly string[] Flags = ["screen-mr"];

    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    private Arguments()
    {
    }

    public static Arguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new Arguments();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || name.Length == 2)
            {
                throw new ConfigurationException($"unexpected argument '{name}' (options are --name value)");
            }

            if (Flags.Contains(name[2..], StringComparer.Ordinal))
            {
                parsed.Add(name, string.Empty);
                continue;
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ConfigurationException($"option {name} needs a value");
            }

            parsed.Add(name, args[++i]);
        }

        return parsed;
    }

    /// <summary>Whether a flag (an option without a value) was given.</summary>
    public bool Flag(string name) => _options.Remove(name);

    /// <summary>An option's value without taking it, for a step that runs before the verb (the run lock).</summary>
    public string? Peek(string name) => _options.GetValueOrDefault(name);

    public string? Optional(string name) => _options.Remove(name, out var value) ? value : null;

    public string Required(string name) =>
        Optional(name) ?? throw new ConfigurationException($"option --{name} is required");

    public int? OptionalInt(string name, int min, int max)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ConfigurationException($"option --{name} must be a whole number from {min} to {max}, not '{text}'");
    }

    public DateOnly? OptionalDate(string name)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new ConfigurationException($"option --{name} must be a date YYYY-MM-DD, not '{text}'");
    }

    private void Add(string name, string value)
    {
        if (!_options.TryAdd(name[2..], value))
        {
            throw new ConfigurationException($"option {name} is given twice");
        }
    }

    /// <summary>Fails on any option the verb did not read.</summary>
    public void EnsureAllUsed(string verb)
    {
        if (_options.Count > 0)
        {
            throw new ConfigurationException($"'{verb}' does not take --{_options.Keys.First()}");
        }
    }
}
