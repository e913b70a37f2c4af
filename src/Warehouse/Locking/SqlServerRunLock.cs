using Microsoft.Data.SqlClient;

namespace QiPipeline.Warehouse.Locking;

/// <summary>
/// SQL Server's run lock: <c>sp_getapplock</c> owned by a session of its own (not a transaction, so the
/// loads' commits do not release it), held for the run. Application locks belong to one database.
/// </summary>
internal static class SqlServerRunLock
{
    /// <summary>The lock's resource name (at most 255 characters; under 32 to show whole in dm_tran_locks).</summary>
    public const string Resource = "qi-pipeline-run";

    /// <summary>0 or 1 when granted, -1 when another session holds it (no wait: a refused run exits at once).</summary>
    public const string AcquireSql = """
        DECLARE @result int;
        EXEC @result = sp_getapplock @Resource = N'qi-pipeline-run', @LockMode = N'Exclusive', @LockOwner = N'Session', @LockTimeout = 0;
        SELECT @result;
        """;

    public const string ReleaseSql = "EXEC sp_releaseapplock @Resource = N'qi-pipeline-run', @LockOwner = N'Session';";

    /// <summary>The holder's session (needs VIEW SERVER STATE; without it the message names no holder).</summary>
    public const string HolderSql = """
        SELECT TOP (1) s.program_name
        FROM sys.dm_tran_locks AS l INNER JOIN sys.dm_exec_sessions AS s ON s.session_id = l.request_session_id
        WHERE l.resource_type = N'APPLICATION' AND l.request_status = N'GRANT' AND l.resource_database_id = DB_ID()
          AND l.resource_description LIKE N'%[[]qi-pipeline-run]%';
        """;

    public static async Task<RunLock> AcquireAsync(string connectionString, RunLockOwner owner, CancellationToken cancellationToken)
    {
        var builder = new SqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            ApplicationName = SessionRunLock.ApplicationName(owner),
        };
        var session = new SqlConnection(builder.ConnectionString);
        try
        {
            await session.OpenAsync(cancellationToken);
            await using var acquire = new SqlCommand(AcquireSql, session);
            if (await acquire.ExecuteScalarAsync(cancellationToken) is int result && result >= 0)
            {
                return new SessionRunLock(session, ReleaseSql, _ => { });
            }

            throw new WarehouseLockedException(await HolderAsync(session, cancellationToken));
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private static async Task<RunLockOwner?> HolderAsync(SqlConnection session, CancellationToken cancellationToken)
    {
        try
        {
            await using var holder = new SqlCommand(HolderSql, session);
            return SessionRunLock.OwnerOf(await holder.ExecuteScalarAsync(cancellationToken));
        }
        catch (SqlException)
        {
            return null;
        }
    }
}
