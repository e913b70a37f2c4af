using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using QiPipeline.Warehouse.Model;
using QiPipeline.Warehouse.Schema;

namespace QiPipeline.Warehouse.Dialects;

/// <summary>PostgreSQL: loads with binary COPY into a temporary staging table.</summary>
public sealed class PostgresDialect : WarehouseDialect
{
    /// <inheritdoc />
    public override string Name => "postgres";

    /// <inheritdoc />
    public override DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);

    /// <inheritdoc />
    public override string SqlType(Column column) => column.Type switch
    {
        ColumnType.Text or ColumnType.LongText => "text",
        ColumnType.Date => "date",
        ColumnType.Integer => "integer",
        ColumnType.BigInteger => "bigint",
        ColumnType.Boolean => "boolean",
        ColumnType.Timestamp => "timestamp",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, null),
    };

    /// <inheritdoc />
    public override string? AnalyzeStaging(EntityDefinition entity) => "ANALYZE " + StagingName(entity);

    /// <inheritdoc />
    public override async Task<long> BulkInsertStagingAsync(
        DbConnection connection,
        DbTransaction transaction,
        EntityDefinition entity,
        IAsyncEnumerable<object?[]> rows,
        CancellationToken cancellationToken)
    {
        var table = WarehouseTables.Staging(entity);
        var columns = table.Columns;
        var types = columns.Select(c => NpgsqlType(c.Type)).ToArray();
        var copy = $"COPY {Quote(table.Name)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await ((NpgsqlConnection)connection).BeginBinaryImportAsync(copy, cancellationToken);
        long count = 0;
        await foreach (var values in rows.WithCancellation(cancellationToken))
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(values[i], types[i], cancellationToken);
                }
            }

            count++;
        }

        await importer.CompleteAsync(cancellationToken);
        return count;
    }

    private static NpgsqlDbType NpgsqlType(ColumnType type) => type switch
    {
        ColumnType.Text or ColumnType.LongText => NpgsqlDbType.Text,
        ColumnType.Date => NpgsqlDbType.Date,
        ColumnType.Integer => NpgsqlDbType.Integer,
        ColumnType.BigInteger => NpgsqlDbType.Bigint,
        ColumnType.Boolean => NpgsqlDbType.Boolean,
        ColumnType.Timestamp => NpgsqlDbType.Timestamp,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
