using Microsoft.Extensions.Options;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.Application.Configuration;

/// <summary>The <c>warehouse</c> section: a known provider, a connection string its own builder reads, a retention of 0 or more.</summary>
internal sealed class WarehouseOptionsValidator : IValidateOptions<WarehouseOptions>
{
    public ValidateOptionsResult Validate(string? name, WarehouseOptions options)
    {
        if (WarehouseDialects.Find(options.Provider) is not { } dialect)
        {
            return ValidateOptionsResult.Fail($"warehouse.provider '{options.Provider}' is not one of {WarehouseDialects.Names}");
        }

        if (options.KeepPatientResults < 0)
        {
            return ValidateOptionsResult.Fail($"warehouse.keepPatientResults {options.KeepPatientResults} must be 0 (keep every as-of date) or more");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail("warehouse.connectionString is empty");
        }

        return ConnectionStrings.Problem(dialect.Name, options.ConnectionString) is { } problem
            ? ValidateOptionsResult.Fail($"warehouse.connectionString {problem}")
            : ValidateOptionsResult.Success;
    }
}
