using Microsoft.Extensions.Options;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.Application.Configuration;

/// <summary>The <c>warehouse</c> section: a known provider and a connection string its own builder reads.</summary>
internal sealed class WarehouseOptionsValidator : IValidateOptions<WarehouseOptions>
{
    public ValidateOptionsResult Validate(string? name, WarehouseOptions options)
    {
        if (WarehouseDialects.Find(options.Provider) is not { } dialect)
        {
            return ValidateOptionsResult.Fail($"warehouse.provider '{options.Provider}' is not one of {WarehouseDialects.Names}");
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
