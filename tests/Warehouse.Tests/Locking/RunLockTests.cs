using Dapper;
using Microsoft.Extensions.Time.Testing;
using QiPipeline.TestSupport;
using QiPipeline.Warehouse.Dialects;
using QiPipeline.Warehouse.Locking;

namespace QiPipeline.Warehouse.Tests.Locking;

/// <summary>
/// The run lock on every provider: a second run is refused while the first holds the lock and told who
/// holds it since when, and is granted once the first releases it; taking the lock marks runs that a
/// dead process left 'running' as 'abandoned'.
/// </summary>
public abstract class RunLockTests<TProvider>(TProvider provider)
    where TProvider : WarehouseProvider
{
    private static readonly DateTimeOffset Noon = new(2025, 6, 30, 12, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task Acquire_WhileAnotherRunHoldsIt_IsRefusedNamingTheHolderThenGrantedAfterRelease()
    {
        Skip.If(provider.SkipReason is not null, provider.SkipReason);
        var connectionString = await provider.NewWarehouseAsync();
        var warehouse = new WarehouseConnection(provider.Dialect, connectionString, new FakeTimeProvider(Noon));
        var second = new RunLockOwner(424242, "other-host", Noon.AddHours(1));

        var first = await warehouse.LockForRunAsync(CancellationToken.None);
        var refused = await Assert.ThrowsAsync<WarehouseLockedException>(() => provider.Dialect.AcquireRunLockAsync(connectionString, second, CancellationToken.None));
        await first.DisposeAsync();
        await using var granted = await provider.Dialect.AcquireRunLockAsync(connectionString, second, CancellationToken.None);

        Assert.Equal(
            $"another qi run holds the warehouse lock since 2025-06-30 12:00:00 UTC (pid {Environment.ProcessId} on {Environment.MachineName}); try again later",
            refused.Message);
    }

    [SkippableFact]
    public async Task Acquire_AfterARefusal_IsStillRefusedWhileTheHolderRuns()
    {
        Skip.If(provider.SkipReason is not null, provider.SkipReason);
        var connectionString = await provider.NewWarehouseAsync();
        var owner = new RunLockOwner(1, "h", Noon);
        await using var first = await provider.Dialect.AcquireRunLockAsync(connectionString, owner, CancellationToken.None);

        // A refused attempt must not take or break the holder's lock on its way out.
        await Assert.ThrowsAsync<WarehouseLockedException>(() => provider.Dialect.AcquireRunLockAsync(connectionString, owner, CancellationToken.None));
        await Assert.ThrowsAsync<WarehouseLockedException>(() => provider.Dialect.AcquireRunLockAsync(connectionString, owner, CancellationToken.None));
    }

    [SkippableFact]
    public async Task LockForRun_RunsLeftRunning_AreMarkedAbandonedAndOthersKeepTheirStatus()
    {
        Skip.If(provider.SkipReason is not null, provider.SkipReason);
        var warehouse = new WarehouseConnection(provider.Dialect, await provider.NewWarehouseAsync(), new FakeTimeProvider(Noon));
        await using (var connection = await warehouse.OpenAsync(CancellationToken.None))
        {
            await InsertRunAsync(connection, "dead", RunStatuses.Running);
            await InsertRunAsync(connection, "done", "succeeded");
            await InsertRunAsync(connection, "stopped", RunStatuses.Cancelled);
        }

        await using (var held = await warehouse.LockForRunAsync(CancellationToken.None))
        {
            Assert.Equal(1, held.AbandonedRuns);
        }

        await using var check = await warehouse.OpenAsync(CancellationToken.None);
        var statuses = (await check.QueryAsync<(string, string)>("SELECT run_id, status FROM etl_run ORDER BY run_id")).ToList();
        Assert.Equal([("dead", "abandoned"), ("done", "succeeded"), ("stopped", "cancelled")], statuses);
    }

    private Task<int> InsertRunAsync(System.Data.Common.DbConnection connection, string runId, string status) =>
        connection.ExecuteAsync(new RunLogSql(provider.Dialect).InsertRun, new Dictionary<string, object?>
        {
            ["run_id"] = runId,
            ["started_at"] = Noon.UtcDateTime,
            ["ended_at"] = null,
            ["run_date"] = DateOnly.FromDateTime(Noon.UtcDateTime),
            ["status"] = status,
            ["sources_ok"] = null,
            ["sources_failed"] = null,
        });
}

public sealed class DuckDbRunLockTests(DuckDbProvider provider) : RunLockTests<DuckDbProvider>(provider), IClassFixture<DuckDbProvider>;

public sealed class PostgresRunLockTests(PostgresProvider provider) : RunLockTests<PostgresProvider>(provider), IClassFixture<PostgresProvider>;

public sealed class SqlServerRunLockTests(SqlServerProvider provider) : RunLockTests<SqlServerProvider>(provider), IClassFixture<SqlServerProvider>;
