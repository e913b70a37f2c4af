using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Configuration;

/// <summary>
/// Checks one <c>sources</c> entry on its own: name, type, mode, retries and limits, time zone, reject share,
/// what its type requires (a path, queries naming entities, the fhir maps). The options name is the entry's key path
/// (<c>sources[0]</c>), and each failure is one line starting with it. Whether a connection string is set and
/// parses is the loader's check, since it may come from the environment.
/// </summary>
public sealed partial class SourceOptionsValidator : IValidateOptions<SourceOptions>
{
    /// <summary>The most retries a source may ask for.</summary>
    public const int MaxRetries = 100;

    private const double MaxRetryDelaySeconds = 3600;
    private const double MaxTimeoutSeconds = 7 * 24 * 3600;

    /// <summary>Letters, digits, '-' and '_', 1 to 50 of them: source names and clinic ids.</summary>
    public static bool IsSafeName(string? name) => name is not null && SafeName().IsMatch(name);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var at = name ?? "source";
        if (!IsSafeName(options.Name))
        {
            return ValidateOptionsResult.Fail($"{at}.name '{options.Name}' must be 1-50 letters, digits, '-' or '_'");
        }

        var failure = Check($"{at} ('{options.Name}')", options);
        return failure is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failure);
    }

    private static string? Check(string key, SourceOptions source)
    {
        if (!SourceTypes.All.Contains(source.Type, StringComparer.OrdinalIgnoreCase))
        {
            return $"{key}.type '{source.Type}' is not one of {string.Join(", ", SourceTypes.All)}";
        }

        if (source.Mode is not null && source.Mode is not ("snapshot" or "incremental"))
        {
            return $"{key}.mode '{source.Mode}' is not snapshot or incremental";
        }

        return Policy(key, source) ?? Limits(key, source) ?? Shape(key, source);
    }

    /// <summary>Retries and delays must be usable numbers: a negative one is a typo, never a wish.</summary>
    private static string? Policy(string key, SourceOptions source)
    {
        if (source.Retries is < 0 or > MaxRetries)
        {
            return $"{key}.retries {source.Retries} must be 0-{MaxRetries}";
        }

        return Seconds(key + ".retryDelaySeconds", source.RetryDelaySeconds, MaxRetryDelaySeconds)
            ?? Seconds(key + ".timeoutSeconds", source.TimeoutSeconds, MaxTimeoutSeconds);
    }

    /// <summary>The keys the loader itself interprets: the time zone of timestamps and the reject share.</summary>
    private static string? Limits(string key, SourceOptions source)
    {
        if (source.TimeZone is { } zone && (string.IsNullOrWhiteSpace(zone) || !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)))
        {
            return $"{key}.timeZone '{zone}' is not an IANA time zone id (such as America/New_York)";
        }

        if (source.MaxRejectShare is { } share && (double.IsNaN(share) || share < 0 || share > 1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{key}.maxRejectShare {share} must be 0-1 (a share of the records read)");
        }

        return null;
    }

    /// <summary>What the type needs: a csv source a folder; the others one SELECT per known entity, a files source also a folder.</summary>
    private static string? Shape(string key, SourceOptions source)
    {
        var type = source.Type.ToLowerInvariant();
        if (type != SourceTypes.Fhir && source.Fhir is not null)
        {
            return $"{key}.fhir is only for a fhir source";
        }

        if (type == SourceTypes.Csv)
        {
            return string.IsNullOrWhiteSpace(source.Path) ? $"{key}.path is required for a csv source" : null;
        }

        if (type == SourceTypes.Fhir)
        {
            return string.IsNullOrWhiteSpace(source.Path) ? $"{key}.path is required for a fhir source (the Bulk Data export folder)"
                : source.Queries.Count > 0 ? $"{key}.queries is not used by a fhir source (its mapping is fixed; see the fhir maps)"
                : FhirOptionsCheck.FirstError($"{key}.fhir", source.Fhir);
        }

        if (type == SourceTypes.Files && string.IsNullOrWhiteSpace(source.Path))
        {
            return $"{key}.path is required for a files source (the folder its queries read files from)";
        }

        foreach (var entity in source.Queries.Keys)
        {
            if (CanonicalModel.Find(entity) is null)
            {
                return $"{key}.queries.{entity} is not an entity (use {string.Join(", ", CanonicalModel.Entities.Select(e => e.Name))})";
            }
        }

        return source.Queries.Count == 0 ? $"{key}.queries is empty: give one SELECT per entity" : null;
    }

    private static string? Seconds(string key, double? seconds, double max) =>
        seconds is { } value && (double.IsNaN(value) || value < 0 || value > max)
            ? string.Create(CultureInfo.InvariantCulture, $"{key} {value} must be 0-{max} seconds")
            : null;

    [GeneratedRegex("^[A-Za-z0-9_-]{1,50}$")]
    private static partial Regex SafeName();
}
