using System.Data.Common;
using Dapper;
using QiPipeline.Warehouse.Dialects;
using QiPipeline.Warehouse.Locking;
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

    /// <summary>
    /// Takes the run lock, so that no other run writes this warehouse until it is disposed, then marks
    /// the runs still <c>running</c> as <c>abandoned</c>: with the lock held none of them can be live
    /// (their process died or was stopped before it could record an end). Throws
    /// <see cref="WarehouseLockedException"/> at once when another run holds the lock.
    /// </summary>
    public async Task<RunLock> LockForRunAsync(CancellationToken cancellationToken)
    {
        var held = await dialect.AcquireRunLockAsync(connectionString, RunLockOwner.Current(time), cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            held.AbandonedRuns = await connection.ExecuteAsync(new CommandDefinition(
                new RunLogSql(dialect).AbandonRuns,
                new Dictionary<string, object?> { ["abandoned"] = RunStatuses.Abandoned, ["running"] = RunStatuses.Running },
                cancellationToken: cancellationToken));
            return held;
        }
        catch
        {
            await held.DisposeAsync();
            throw;
        }
    }
}
