using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace QiPipeline.Etl.Resilience;

/// <summary>
/// Tells a failure that may pass by itself (a server restarting, a dropped connection, a
/// deadlock victim, a locked SQLite file) from one that will fail the same way again (bad SQL,
/// a missing column, permission denied). Only the first kind is worth a retry. The whole chain
/// of inner exceptions is looked at, because sources wrap driver errors in a SourceException.
/// </summary>
internal static class TransientErrors
{
    /// <summary>
    /// SQL Server error numbers that name a transient condition: deadlock victim (1205), lock
    /// timeouts (1204, 1222), client timeout (-2), network errors (53, 64, 233, 10053, 10054,
    /// 10060), Azure SQL reconfiguration and throttling (40197, 40501, 40613, 49918-49920,
    /// 10928, 10929, 4221), a database not yet open (4060).
    /// </summary>
    private static readonly HashSet<int> SqlServerNumbers =
        [-2, 53, 64, 233, 1204, 1205, 1222, 4060, 4221, 10053, 10054, 10060, 10928, 10929, 40143, 40197, 40501, 40540, 40613, 49918, 49919, 49920];

    /// <summary>
    /// PostgreSQL SQLSTATEs worth a retry: deadlock (40P01), serialization failure (40001),
    /// too many connections (53300), server shutting down or starting (57P01-57P03); every
    /// connection exception (class 08) is added by <see cref="IsTransientPostgresState"/>.
    /// </summary>
    private static readonly HashSet<string> PostgresStates = new(StringComparer.Ordinal)
    {
        "40P01", "40001", "53300", "57P01", "57P02", "57P03",
    };

    /// <summary>True when <paramref name="error"/>, or an exception it wraps, is transient.</summary>
    public static bool IsTransient(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is OperationCanceledException)
            {
                return false; // a cancellation (Ctrl+C, the source's timeout) is never retried
            }

            if (IsTransientItself(e) is { } verdict)
            {
                return verdict;
            }

            if (e is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Any(IsTransient);
            }
        }

        return false;
    }

    /// <summary>True for a transient SQL Server error number.</summary>
    public static bool IsTransientSqlServerNumber(int number) => SqlServerNumbers.Contains(number);

    /// <summary>True for a transient PostgreSQL SQLSTATE.</summary>
    public static bool IsTransientPostgresState(string sqlState) =>
        PostgresStates.Contains(sqlState) || sqlState.StartsWith("08", StringComparison.Ordinal);

    /// <summary>A verdict where the exception itself decides, or null to look at what it wraps.</summary>
    private static bool? IsTransientItself(Exception e) => e switch
    {
        PostgresException postgres => IsTransientPostgresState(postgres.SqlState),

        // Npgsql sets IsTransient for I/O failures and timeouts (a refused or reset connection).
        NpgsqlException npgsql => npgsql.IsTransient || (npgsql.InnerException is { } inner && IsTransient(inner)),
        SqlException sql => sql.Errors.Cast<SqlError>().Any(s => IsTransientSqlServerNumber(s.Number)) || IsTransientSqlServerNumber(sql.Number),
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED (and their extended codes)
        SocketException socket => socket.SocketErrorCode is SocketError.ConnectionRefused or SocketError.ConnectionReset or SocketError.ConnectionAborted
            or SocketError.TimedOut or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.NetworkDown or SocketError.TryAgain,
        TimeoutException => true,
        DbException db when db.IsTransient => true,
        _ => null,
    };
}
