using System.Data.Common;
using Dapper;
using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.Warehouse.Schema;

/// <summary>Creates or migrates the warehouse schema on first use.</summary>
public static class SchemaMigrator
{
    /// <summary>
    /// Applies the steps the warehouse lacks, each with its version row in one transaction, and
    /// returns the version reached. A warehouse newer than this program is refused.
    /// </summary>
    public static async Task<int> MigrateAsync(DbConnection connection, WarehouseDialect dialect, TimeProvider time, CancellationToken cancellationToken)
    {
        var sql = new RunLogSql(dialect);
        await connection.ExecuteAsync(new CommandDefinition(sql.CreateSchemaVersion, cancellationToken: cancellationToken));
        var current = await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql.CurrentSchemaVersion, cancellationToken: cancellationToken));
        if (current > Migrations.Latest)
        {
            throw new WarehouseException(
                $"The warehouse has schema version {current}, newer than this program's {Migrations.Latest}: update QiPipeline.");
        }

        foreach (var migration in Migrations.All.Where(m => m.Version > current))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var statement in migration.Statements(dialect))
            {
                await connection.ExecuteAsync(new CommandDefinition(statement, transaction: transaction, cancellationToken: cancellationToken));
            }

            await connection.ExecuteAsync(new CommandDefinition(
                sql.InsertSchemaVersion,
                new { version = migration.Version, applied_at = time.GetUtcNow().UtcDateTime, description = migration.Description },
                transaction,
                cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            current = migration.Version;
        }

        return current;
    }
}
