using System.Globalization;
using QiPipeline.Metrics.Catalog;

namespace QiPipeline.Application.Configuration;

/// <summary>
/// Checks <c>reports.targets</c> (its values already read as numbers): every key a measure id of the catalog,
/// every value from 0 to 1 for a proportion and 0 or more for an ED rate (visits per patient-month).
/// </summary>
internal static class ReportTargets
{
    /// <summary>The first mistake, or null.</summary>
    public static string? Problem(IReadOnlyDictionary<string, double> targets)
    {
        foreach (var (id, target) in targets)
        {
            var key = $"reports.targets.{id}";
            if (MeasureCatalog.Find(id) is not { } measure)
            {
                return $"{key}: '{id}' is not a measure id (use {string.Join(", ", MeasureCatalog.Measures.Select(m => m.Id).Order(StringComparer.Ordinal))})";
            }

            var text = target.ToString(CultureInfo.InvariantCulture);
            if (target < 0 || (!measure.IsRate && target > 1))
            {
                return measure.IsRate
                    ? $"{key} {text} must be 0 or more (ED visits per patient-month)"
                    : $"{key} {text} must be a proportion from 0 to 1 (0.8 for 80%)";
            }
        }

        return null;
    }
}
