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
        var connection = CreateConnection();
        try
        {
            await OpenAsync(connection, cancellationToken);
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
    /// The driver's connection. A keyword it does not know is reported by name only: the message of
    /// some drivers quotes the value, which may be a password.
    /// </summary>
    private DbConnection CreateConnection()
    {
        try
        {
            return dialect.CreateConnection(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new WarehouseException($"the {dialect.Name} warehouse's connection string is not valid: {SafeError.Describe(e)}", e);
        }
    }

    /// <summary>
    /// Opens the connection. DuckDB reads its settings from the connection string when it opens the
    /// file and its error quotes a setting's value (<c>memory_limit=...</c>), which may be a secret:
    /// its message is passed on (a locked or corrupt file says so) with every setting's value cut out.
    /// </summary>
    private async Task OpenAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (DbException e) when (dialect is DuckDbDialect)
        {
            throw new WarehouseException($"the duckdb warehouse cannot be opened: {WithoutSettings(e.Message)}", e);
        }
    }

    /// <summary><paramref name="message"/> with the value of every connection-string setting but the file's path replaced by "***".</summary>
    private string WithoutSettings(string message)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        foreach (string key in builder.Keys)
        {
            if (key is not ("data source" or "datasource") && builder[key]?.ToString() is { Length: > 0 } value)
            {
                message = message.Replace(value, "***", StringComparison.OrdinalIgnoreCase);
            }
        }

        return message.ReplaceLineEndings(" ");
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
