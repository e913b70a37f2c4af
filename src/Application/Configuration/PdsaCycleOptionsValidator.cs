using System.Globalization;
using Microsoft.Extensions.Options;
using QiPipeline.Metrics.Catalog;

namespace QiPipeline.Application.Configuration;

/// <summary>One <c>pdsaCycles</c> entry (the options name is its key path, <c>pdsaCycles[0]</c>).</summary>
internal sealed class PdsaCycleOptionsValidator : IValidateOptions<PdsaCycleOptions>
{
    public ValidateOptionsResult Validate(string? name, PdsaCycleOptions options)
    {
        var at = name ?? "pdsaCycle";
        if (string.IsNullOrWhiteSpace(options.Id) || string.IsNullOrWhiteSpace(options.MeasureId))
        {
            return ValidateOptionsResult.Fail($"{at} needs an id and a measureId");
        }

        if (MeasureCatalog.Find(options.MeasureId) is null)
        {
            // Else a misspelt id gave a cycle that no chart or study ever showed, and nothing said so.
            return ValidateOptionsResult.Fail(
                $"{at}.measureId '{options.MeasureId}' is not a measure id (use {string.Join(", ", MeasureCatalog.Measures.Select(m => m.Id).Order(StringComparer.Ordinal))})");
        }

        foreach (var (key, date) in new[] { ("start", options.Start), ("end", options.End) })
        {
            if (date == default)
            {
                return ValidateOptionsResult.Fail($"{at}.{key} is required (a date YYYY-MM-DD)");
            }

            if (!PlausibleDates.Contains(date))
            {
                return ValidateOptionsResult.Fail($"{at}.{key} {date:yyyy-MM-dd} must be {PlausibleDates.Range}");
            }
        }

        if (options.End < options.Start)
        {
            return ValidateOptionsResult.Fail($"{at}.end {options.End:yyyy-MM-dd} is before its start {options.Start:yyyy-MM-dd}");
        }

        return options.Prediction is { } p && p is < 0 or > 1
            ? ValidateOptionsResult.Fail(string.Create(CultureInfo.InvariantCulture, $"{at}.prediction {p} must be a proportion from 0 to 1"))
            : ValidateOptionsResult.Success;
    }
}
