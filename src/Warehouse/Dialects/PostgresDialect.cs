using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using QiPipeline.Warehouse.Locking;
using QiPipeline.Warehouse.Model;
using QiPipeline.Warehouse.Schema;

namespace QiPipeline.Warehouse.Dialects;

/// <summary>PostgreSQL: loads with binary COPY into a temporary staging table.</summary>
public sealed class PostgresDialect : WarehouseDialect
{
    /// <summary>An advisory lock on a session of its own.</summary>
    public override Task<RunLock> AcquireRunLockAsync(string connectionString, RunLockOwner owner, CancellationToken cancellationToken) =>
        PostgresRunLock.AcquireAsync(connectionString, owner, cancellationToken);

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
        ColumnType.Double => "double precision",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, null),
    };

    /// <inheritdoc />
    public override string BinaryOrder(string column) => Quote(column) + " COLLATE \"C\"";

    /// <summary>
    /// Staging tables are temporary, and PostgreSQL keeps temporary tables in the session's own
    /// buffers (8 MB by default): a larger pool keeps a whole entity's staging in memory.
    /// It must be set before the session's first temporary table.
    /// </summary>
    public override IEnumerable<string> SessionSetup => ["SET temp_buffers = '256MB'"];

    /// <inheritdoc />
    public override async Task<long> BulkInsertAsync(
        DbConnection connection,
        DbTransaction transaction,
        Table table,
        bool temporary,
        IAsyncEnumerable<object?[]> rows,
        CancellationToken cancellationToken)
    {
        var columns = table.Columns;
        var types = columns.Select(c => NpgsqlType(c.Type)).ToArray();
        var copy = $"COPY {Quote(table.Name)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await ((NpgsqlConnection)connection).BeginBinaryImportAsync(copy, cancellationToken);
        long count = 0;
        await foreach (var values in rows.WithCancellation(cancellationToken))
        {
            // Synchronous, typed writes: the importer buffers, and an awaited call per value
            // cost more than the rest of the load together.
            importer.StartRow();
            for (var i = 0; i < values.Length; i++)
            {
                Write(importer, values[i], types[i]);
            }

            count++;
        }

        await importer.CompleteAsync(cancellationToken);
        return count;
    }

    private static void Write(NpgsqlBinaryImporter importer, object? value, NpgsqlDbType type)
    {
        switch (value)
        {
            case null:
                importer.WriteNull();
                break;
            case string text:
                importer.Write(text, type);
                break;
            case DateOnly date:
                importer.Write(date, type);
                break;
            case int number:
                importer.Write(number, type);
                break;
            case long number:
                importer.Write(number, type);
                break;
            case bool flag:
                importer.Write(flag, type);
                break;
            case DateTime timestamp:
                importer.Write(timestamp, type);
                break;
            case double number:
                importer.Write(number, type);
                break;
            default:
                throw new ArgumentException($"No PostgreSQL mapping for {value.GetType().Name}.", nameof(value));
        }
    }

    private static NpgsqlDbType NpgsqlType(ColumnType type) => type switch
    {
        ColumnType.Text or ColumnType.LongText => NpgsqlDbType.Text,
        ColumnType.Date => NpgsqlDbType.Date,
        ColumnType.Integer => NpgsqlDbType.Integer,
        ColumnType.BigInteger => NpgsqlDbType.Bigint,
        ColumnType.Boolean => NpgsqlDbType.Boolean,
        ColumnType.Timestamp => NpgsqlDbType.Timestamp,
        ColumnType.Double => NpgsqlDbType.Double,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
