using System.Globalization;
using Microsoft.Extensions.Configuration;
using QiPipeline.Metrics.Catalog;

namespace QiPipeline.Cli.Configuration;

/// <summary>
/// Checks <c>reports.targets</c> on the raw values, before binding (the binder would report a non-number
/// without the measure's key): every key a measure id of the catalog, every value a number, from 0 to 1 for
/// a proportion and 0 or more for an ED rate (visits per patient-month).
/// </summary>
internal static class ReportTargets
{
    public const string Section = "reports:targets";

    public static void Validate(string path, IConfiguration root)
    {
        var (ids, rates) = MeasureIds();
        foreach (var entry in root.GetSection(Section).GetChildren())
        {
            var key = $"reports.targets.{entry.Key}";
            if (!ids.Contains(entry.Key))
            {
                throw new ConfigurationException($"{path}: {key}: '{entry.Key}' is not a measure id (use {string.Join(", ", ids.Order(StringComparer.Ordinal))})");
            }

            if (!double.TryParse(entry.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var target) || !double.IsFinite(target))
            {
                throw new ConfigurationException($"{path}: {key} '{entry.Value}' is not a number");
            }

            var isRate = rates.Contains(entry.Key);
            if (target < 0 || (!isRate && target > 1))
            {
                throw new ConfigurationException(isRate
                    ? $"{path}: {key} {entry.Value} must be 0 or more (ED visits per patient-month)"
                    : $"{path}: {key} {entry.Value} must be a proportion from 0 to 1 (0.8 for 80%)");
            }
        }
    }

    private static (HashSet<string> Ids, HashSet<string> Rates) MeasureIds() =>
    (
        MeasureCatalog.Measures.Select(m => m.Id).ToHashSet(StringComparer.Ordinal),
        MeasureCatalog.Measures.Where(m => m.IsRate).Select(m => m.Id).ToHashSet(StringComparer.Ordinal));
}
