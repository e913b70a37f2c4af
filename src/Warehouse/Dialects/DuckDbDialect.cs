using System.Data.Common;
using DuckDB.NET.Data;
using QiPipeline.Warehouse.Locking;
using QiPipeline.Warehouse.Model;
using QiPipeline.Warehouse.Schema;

namespace QiPipeline.Warehouse.Dialects;

/// <summary>DuckDB: the embedded default warehouse, a single file; loads with the appender.</summary>
public sealed class DuckDbDialect : WarehouseDialect
{
    /// <summary>A lock file beside the database file (none for an in-memory database).</summary>
    /// <remarks>The holder is the only run on this warehouse, so it removes the copy files of killed runs beside it.</remarks>
    public override async Task<RunLock> AcquireRunLockAsync(string connectionString, RunLockOwner owner, CancellationToken cancellationToken)
    {
        if (FileRunLock.DatabaseFile(connectionString) is not { } file)
        {
            return NoRunLock.Instance;
        }

        var held = await FileRunLock.AcquireAsync(file, owner, cancellationToken);
        if (Path.GetDirectoryName(file) is { Length: > 0 } folder && Directory.Exists(folder))
        {
            DuckDbCsvCopy.RemoveLeftovers(folder);
        }

        return held;
    }

    /// <inheritdoc />
    public override string Name => "duckdb";

    /// <summary>
    /// DuckDB's memory limit unless the connection string sets <c>memory_limit</c>. DuckDB would
    /// otherwise take up to 80% of the machine's memory for its buffers, and a load's peak grew
    /// with the size of the extract (3 GB at 1M patients). It was 512MB, which kept the 1M load at
    /// 1.3 GB, but the measure run of 1M patients (all three demo clinics) then ran out of buffer
    /// memory ("failed to pin block"); at 2GB the whole monthly job at 1M patients peaks at 2.7 GB
    /// (docs/performance.md). Larger warehouses set their own.
    /// </summary>
    public const string DefaultMemoryLimit = "2GB";

    /// <inheritdoc />
    public override DbConnection CreateConnection(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!builder.ContainsKey("memory_limit"))
        {
            builder["memory_limit"] = DefaultMemoryLimit;
        }

        if (FileRunLock.DatabaseFile(connectionString) is { } file)
        {
            KeepOwnerOnly(file);
        }

        return new DuckDBConnection(builder.ConnectionString);
    }

    /// <summary>
    /// The database file and its write-ahead log hold health information: owner-only (0600). DuckDB
    /// creates both itself (the log anew after every checkpoint), so the process's umask is narrowed
    /// first (<see cref="ProcessUmask"/>), and files of an older version are narrowed here.
    /// </summary>
    private static void KeepOwnerOnly(string file)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        ProcessUmask.RestrictToOwner();
        foreach (var path in new[] { file, file + ".wal" })
        {
            try
            {
                if (File.Exists(path) && (File.GetUnixFileMode(path) & ~(UnixFileMode.UserRead | UnixFileMode.UserWrite)) != 0)
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not the owner (a read-only reader of someone else's warehouse): DuckDB says what it can open.
            }
        }
    }

    /// <inheritdoc />
    public override string Parameter(string name) => "$" + name;

    /// <summary>
    /// DuckDB.NET materializes a whole result unless told to stream: the measure run's eight
    /// patient-ordered queries then held every row of the warehouse (2.9 GB at 1M patients).
    /// </summary>
    public override DbCommand CreateStreamingCommand(DbConnection connection, string sql)
    {
        var command = (DuckDBCommand)base.CreateStreamingCommand(connection, sql);
        command.UseStreamingMode = true;
        return command;
    }

    /// <inheritdoc />
    public override string TextOf(ColumnType type, string expression) => type switch
    {
        ColumnType.Date => $"STRFTIME({expression}, '%Y-%m-%d')",
        ColumnType.Timestamp => $"STRFTIME({expression}, '%Y-%m-%dT%H:%M:%S')",
        _ => base.TextOf(type, expression),
    };

    /// <inheritdoc />
    public override string SqlType(Column column) => column.Type switch
    {
        ColumnType.Text or ColumnType.LongText => "VARCHAR",
        ColumnType.Date => "DATE",
        ColumnType.Integer => "INTEGER",
        ColumnType.BigInteger => "BIGINT",
        ColumnType.Boolean => "BOOLEAN",
        ColumnType.Timestamp => "TIMESTAMP",
        ColumnType.Double => "DOUBLE",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, null),
    };

    /// <summary>
    /// DuckDB keeps a primary key as an in-memory ART index that every load must update and
    /// checkpoint; on the fact tables it tripled load time and grew memory with the warehouse.
    /// Its joins need no index, and the merge (update changed, insert absent) keeps keys unique.
    /// </summary>
    protected override bool DeclaresKey(Table table) => CanonicalModel.Find(table.Name) is null;

    /// <inheritdoc />
    public override async Task<long> BulkInsertAsync(
        DbConnection connection,
        DbTransaction transaction,
        Table table,
        bool temporary,
        IAsyncEnumerable<object?[]> rows,
        CancellationToken cancellationToken)
    {
        // Permanent tables (measure results, tens of millions of rows) go through COPY, which was
        // faster than the appender there; staging stays on the appender, where COPY was not
        // (docs/performance.md).
        if (!temporary)
        {
            return await DuckDbCsvCopy.CopyAsync(connection, transaction, Quote(table.Name), rows, cancellationToken);
        }

        var duck = (DuckDBConnection)connection;

        // DuckDB keeps temporary tables in the "temp" catalog.
        using var appender = temporary ? duck.CreateAppender("temp", "main", table.Name) : duck.CreateAppender(table.Name);
        long count = 0;
        await foreach (var values in rows.WithCancellation(cancellationToken))
        {
            var row = appender.CreateRow();
            for (var i = 0; i < values.Length; i++)
            {
                row = Append(row, values[i]);
            }

            row.EndRow();
            count++;
        }

        return count;
    }

    private static IDuckDBAppenderRow Append(IDuckDBAppenderRow row, object? value) => value switch
    {
        null => row.AppendNullValue(),
        string s => row.AppendValue(s),
        DateOnly d => row.AppendValue((DateOnly?)d),
        int i => row.AppendValue((int?)i),
        long l => row.AppendValue((long?)l),
        bool b => row.AppendValue((bool?)b),
        DateTime t => row.AppendValue((DateTime?)t),
        double f => row.AppendValue((double?)f),
        _ => throw new ArgumentException($"No DuckDB appender mapping for {value.GetType().Name}.", nameof(value)),
    };
}
