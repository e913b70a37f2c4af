using Npgsql;
using QiPipeline.TestSupport;
using QiPipeline.Warehouse.Locking;

namespace QiPipeline.Warehouse.Tests.Locking;

/// <summary>
/// PostgreSQL keeps the advisory lock with the holder's session: when that session ends without a word
/// (its process killed, the network cut), the server drops the lock and the next run is granted it.
/// </summary>
public sealed class PostgresRunLockSessionTests(PostgresProvider provider) : IClassFixture<PostgresProvider>
{
    [Fact]
    public async Task Acquire_AfterTheHoldersSessionWasTerminated_IsGranted()
    {
        var connectionString = await provider.NewWarehouseAsync();
        var owner = new RunLockOwner(777, "dead-host", DateTimeOffset.UnixEpoch);
        var orphan = await provider.Dialect.AcquireRunLockAsync(connectionString, owner, CancellationToken.None);
        await Assert.ThrowsAsync<WarehouseLockedException>(() => provider.Dialect.AcquireRunLockAsync(connectionString, owner, CancellationToken.None));

        // What the server does when a client dies mid-run: the session goes, and the lock with it.
        await using (var admin = new NpgsqlConnection(connectionString))
        {
            await admin.OpenAsync();
            // The holder is the session of that name that holds an advisory lock: the refused attempt's
            // session has the same name and may still be listed for a moment after it closed.
            await using var terminate = new NpgsqlCommand(
                "SELECT COUNT(pg_terminate_backend(a.pid)) FROM pg_stat_activity AS a "
                + "WHERE a.application_name = @name AND EXISTS (SELECT 1 FROM pg_locks AS l WHERE l.pid = a.pid AND l.locktype = 'advisory' AND l.granted)",
                admin);
            terminate.Parameters.AddWithValue("name", SessionRunLock.ApplicationName(owner));
            Assert.Equal(1L, await terminate.ExecuteScalarAsync());
        }

        await using var next = await AcquireWhenTheServerHasDroppedTheSessionAsync(connectionString);
        await orphan.DisposeAsync();
    }

    /// <summary>pg_terminate_backend signals the backend; its exit (and the lock's release) follows within moments.</summary>
    private async Task<RunLock> AcquireWhenTheServerHasDroppedTheSessionAsync(string connectionString)
    {
        var owner = new RunLockOwner(778, "next-host", DateTimeOffset.UnixEpoch);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await provider.Dialect.AcquireRunLockAsync(connectionString, owner, CancellationToken.None);
            }
            catch (WarehouseLockedException) when (attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }
}
