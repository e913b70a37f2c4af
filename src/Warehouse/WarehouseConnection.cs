using System.Data.Common;
using QiPipeline.Warehouse.Dialects;
using QiPipeline.Warehouse.Schema;

namespace QiPipeline.Warehouse;

/// <summary>Opens warehouse connections and migrates the schema once per process.</summary>
/// <param name="dialect">The engine.</param>
/// <param name="connectionString">The resolved connection string (never logged).</param>
/// <param name="time">The clock for bookkeeping timestamps.</param>
public sealed class WarehouseConnection(WarehouseDialect dialect, string connectionString, TimeProvider time)
{
    private bool _migrated;

    /// <summary>The engine.</summary>
    public WarehouseDialect Dialect => dialect;

    /// <summary>Opens a connection, creating or migrating the schema on first use.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = dialect.CreateConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            foreach (var statement in dialect.SessionSetup)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = statement;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            if (!_migrated)
            {
                await SchemaMigrator.MigrateAsync(connection, dialect, time, cancellationToken);
                _migrated = true;
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
