using System.Globalization;
using Microsoft.Extensions.Options;
using QiPipeline.Metrics.Measures;

namespace QiPipeline.Application.Configuration;

/// <summary>
/// The <c>reports</c> section: suppression and sample-size thresholds of 1 or more (0 would show every count),
/// costs and rates of 0 or more, rates only for CoCM codes, targets for measures of the catalog (<see cref="ReportTargets"/>).
/// </summary>
internal sealed class ReportsOptionsValidator : IValidateOptions<ReportsOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportsOptions options)
    {
        var failure = AtLeastOne("reports.minCellSize", options.MinCellSize)
            ?? AtLeastOne("reports.minMonthlyDenominator", options.MinMonthlyDenominator)
            ?? AtLeastOne("reports.minComparisonUnits", options.MinComparisonUnits)
            ?? (options.AvoidableEdVisitCost < 0
                ? string.Create(CultureInfo.InvariantCulture, $"reports.avoidableEdVisitCost is {options.AvoidableEdVisitCost}; a cost cannot be negative")
                : null)
            ?? Rates(options)
            ?? ReportTargets.Problem(options.Targets);
        return failure is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failure);
    }

    private static string? AtLeastOne(string key, int value) =>
        value < 1 ? string.Create(CultureInfo.InvariantCulture, $"{key} is {value}; it must be 1 or more") : null;

    private static string? Rates(ReportsOptions options)
    {
        foreach (var (code, rate) in options.CocmRates)
        {
            var key = "reports.cocmRates." + code;
            if (!CocmBilling.Codes.Contains(code, StringComparer.Ordinal))
            {
                return $"{key} is not a CoCM code (use {string.Join(", ", CocmBilling.Codes)})";
            }

            if (rate < 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{key} is {rate}; a rate cannot be negative");
            }
        }

        return null;
    }
}
