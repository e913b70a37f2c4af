using Npgsql;

namespace QiPipeline.Warehouse.Locking;

/// <summary>
/// PostgreSQL's run lock: <c>pg_try_advisory_lock</c> on a session of its own, held for the run. Advisory
/// locks belong to one database, so two warehouses on one server do not block each other.
/// </summary>
internal static class PostgresRunLock
{
    /// <summary>The lock key, "QIPIPE" in ASCII: one constant for every qi run on every warehouse database.</summary>
    public const long Key = 0x5149_5049_5045;

    public const string AcquireSql = "SELECT pg_try_advisory_lock(@key)";

    public const string ReleaseSql = "SELECT pg_advisory_unlock(@key)";

    /// <summary>The holder's session, found through the lock (a bigint key shows as classid, objid and objsubid 1).</summary>
    public const string HolderSql = """
        SELECT a.application_name FROM pg_locks AS l JOIN pg_stat_activity AS a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
          AND l.classid::bigint = @classid AND l.objid::bigint = @objid
          AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        LIMIT 1
        """;

    public static async Task<RunLock> AcquireAsync(string connectionString, RunLockOwner owner, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            ApplicationName = SessionRunLock.ApplicationName(owner),
        };
        var session = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await session.OpenAsync(cancellationToken);
            await using var acquire = new NpgsqlCommand(AcquireSql, session);
            acquire.Parameters.AddWithValue("key", Key);
            if (await acquire.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new SessionRunLock(session, ReleaseSql, c => ((NpgsqlCommand)c).Parameters.AddWithValue("key", Key));
            }

            await using var holder = new NpgsqlCommand(HolderSql, session);
            holder.Parameters.AddWithValue("classid", Key >> 32);
            holder.Parameters.AddWithValue("objid", Key & 0xFFFF_FFFF);
            throw new WarehouseLockedException(SessionRunLock.OwnerOf(await holder.ExecuteScalarAsync(cancellationToken)));
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }
}
