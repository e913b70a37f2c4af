using Microsoft.Data.SqlClient;
using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.TestSupport;

/// <summary>
/// SQL Server: runs only where <c>QI_TEST_SQLSERVER</c> holds a connection string to a server
/// the tests may create databases on; no server can run on the development machines.
/// </summary>
public sealed class SqlServerProvider : WarehouseProvider
{
    private static readonly string? ConnectionString = Environment.GetEnvironmentVariable("QI_TEST_SQLSERVER");

    /// <inheritdoc />
    public override WarehouseDialect Dialect { get; } = new SqlServerDialect();

    /// <inheritdoc />
    public override string? SkipReason => string.IsNullOrEmpty(ConnectionString)
        ? "QI_TEST_SQLSERVER is not set: no SQL Server can run here (its statements are parse-tested instead)"
        : null;

    /// <inheritdoc />
    public override async Task<string> NewWarehouseAsync()
    {
        var name = $"qi_{Guid.NewGuid():N}";
        await using var connection = new SqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new SqlCommand($"CREATE DATABASE [{name}]", connection);
        await command.ExecuteNonQueryAsync();
        return new SqlConnectionStringBuilder(ConnectionString) { InitialCatalog = name }.ConnectionString;
    }
}
