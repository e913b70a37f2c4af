using Microsoft.Extensions.Options;
using QiPipeline.Etl.Configuration;
using QiPipeline.Warehouse;

namespace QiPipeline.Application.Configuration;

/// <summary>One <c>clinics</c> entry (the options name is its key path, <c>clinics[0]</c>).</summary>
internal sealed class ClinicOptionsValidator : IValidateOptions<ClinicOptions>
{
    /// <summary>The longest ramp-up accepted: ten years is a typo, not a plan.</summary>
    public const int MaxRampMonths = 120;

    public ValidateOptionsResult Validate(string? name, ClinicOptions options)
    {
        var at = name ?? "clinic";
        if (string.IsNullOrWhiteSpace(options.Id))
        {
            return ValidateOptionsResult.Fail($"{at}.id is empty");
        }

        // Ids reach workbooks, file names and CSV outputs: the same strict pattern as source names.
        if (!SourceOptionsValidator.IsSafeName(options.Id))
        {
            return ValidateOptionsResult.Fail($"{at}.id '{options.Id}' must be 1-50 letters, digits, '-' or '_'");
        }

        if (options.GoLive is { } goLive && !PlausibleDates.Contains(goLive))
        {
            return ValidateOptionsResult.Fail($"{at}.goLive {goLive:yyyy-MM-dd} must be {PlausibleDates.Range}");
        }

        return options.RampMonths is < 0 or > MaxRampMonths
            ? ValidateOptionsResult.Fail($"{at}.rampMonths {options.RampMonths} must be 0-{MaxRampMonths}")
            : ValidateOptionsResult.Success;
    }
}
