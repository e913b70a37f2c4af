using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;
using QiPipeline.Warehouse.Locking;
using QiPipeline.Warehouse.Model;
using QiPipeline.Warehouse.Schema;

namespace QiPipeline.Warehouse.Dialects;

/// <summary>
/// SQL Server (2017 or later, for CONCAT_WS): loads with SqlBulkCopy into a #temporary staging
/// table. No server can run on the development machines, so every statement is parse-tested.
/// </summary>
public sealed class SqlServerDialect : WarehouseDialect
{
    private const int BatchSize = 10_000;

    /// <summary>An application lock owned by a session of its own.</summary>
    public override Task<RunLock> AcquireRunLockAsync(string connectionString, RunLockOwner owner, CancellationToken cancellationToken) =>
        SqlServerRunLock.AcquireAsync(connectionString, owner, cancellationToken);

    /// <inheritdoc />
    public override string Name => "sqlserver";

    /// <inheritdoc />
    public override DbConnection CreateConnection(string connectionString) => new SqlConnection(connectionString);

    /// <inheritdoc />
    public override string Quote(string identifier) => "[" + identifier + "]";

    /// <inheritdoc />
    public override string SqlType(Column column) => column.Type switch
    {
        ColumnType.Text => $"NVARCHAR({column.MaxLength})",
        ColumnType.LongText => "NVARCHAR(MAX)",
        ColumnType.Date => "DATE",
        ColumnType.Integer => "INT",
        ColumnType.BigInteger => "BIGINT",
        ColumnType.Boolean => "BIT",
        ColumnType.Timestamp => "DATETIME2",
        ColumnType.Double => "FLOAT",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, null),
    };

    /// <summary>Styles 23 (yyyy-mm-dd) and 126 (ISO 8601, cut before any fraction); a BIT is no predicate.</summary>
    public override string TextOf(ColumnType type, string expression) => type switch
    {
        ColumnType.Boolean => $"CASE WHEN {expression} = 1 THEN 'true' ELSE 'false' END",
        ColumnType.Date => $"CONVERT(NVARCHAR(10), {expression}, 23)",
        ColumnType.Timestamp => $"CONVERT(NVARCHAR(19), {expression}, 126)",
        _ => base.TextOf(type, expression),
    };

    /// <inheritdoc />
    public override string BinaryOrder(string column) => Quote(column) + " COLLATE Latin1_General_BIN2";

    /// <inheritdoc />
    public override string StagingName(EntityDefinition entity) => Quote("#" + WarehouseTables.Staging(entity).Name);

    /// <inheritdoc />
    public override string CreateTableIfNotExists(Table table) =>
        $"IF OBJECT_ID(N'{table.Name}', N'U') IS NULL " + CreateTable(table);

    /// <inheritdoc />
    protected override string AddColumnClause => "ADD";

    /// <inheritdoc />
    public override string CreateStagingTable(EntityDefinition entity) =>
        "CREATE TABLE " + StagingName(entity) + " (" + ColumnList(WarehouseTables.Staging(entity)) + ")";

    /// <inheritdoc />
    public override string UpdateFrom(string target, string targetAlias, string assignments, string source, string condition) =>
        $"UPDATE {targetAlias} SET {assignments} FROM {target} AS {targetAlias} INNER JOIN {source} ON {condition}";

    /// <summary>IS DISTINCT FROM needs SQL Server 2022; this form works from 2017.</summary>
    protected override string IsDistinct(string left, string right) =>
        $"NOT ({left} = {right} OR ({left} IS NULL AND {right} IS NULL))";

    /// <inheritdoc />
    public override async Task<long> BulkInsertAsync(
        DbConnection connection,
        DbTransaction transaction,
        Table table,
        bool temporary,
        IAsyncEnumerable<object?[]> rows,
        CancellationToken cancellationToken)
    {
        using var bulk = new SqlBulkCopy((SqlConnection)connection, SqlBulkCopyOptions.TableLock, (SqlTransaction)transaction)
        {
            DestinationTableName = temporary ? "#" + table.Name : table.Name,
            BatchSize = BatchSize,
            BulkCopyTimeout = 0,
        };
        using var batch = new DataTable { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var column in table.Columns)
        {
            batch.Columns.Add(column.Name, ClrType(column.Type));
            bulk.ColumnMappings.Add(column.Name, column.Name);
        }

        long count = 0;
        await foreach (var values in rows.WithCancellation(cancellationToken))
        {
            batch.Rows.Add(values.Select(v => v switch { null => DBNull.Value, DateOnly d => d.ToDateTime(TimeOnly.MinValue), _ => v }).ToArray());
            count++;
            if (batch.Rows.Count == BatchSize)
            {
                await bulk.WriteToServerAsync(batch, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Rows.Count > 0)
        {
            await bulk.WriteToServerAsync(batch, cancellationToken);
        }

        return count;
    }

    private static Type ClrType(ColumnType type) => type switch
    {
        ColumnType.Text or ColumnType.LongText => typeof(string),
        ColumnType.Date or ColumnType.Timestamp => typeof(DateTime),
        ColumnType.Integer => typeof(int),
        ColumnType.BigInteger => typeof(long),
        ColumnType.Boolean => typeof(bool),
        ColumnType.Double => typeof(double),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
