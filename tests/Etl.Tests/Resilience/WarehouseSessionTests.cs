using Dapper;
using QiPipeline.Etl.Loading;
using QiPipeline.Etl.Sources;
using QiPipeline.Etl.Tests.Support;
using QiPipeline.TestSupport;

namespace QiPipeline.Etl.Tests.Resilience;

/// <summary>
/// A warehouse session dropped in the middle of a load (a PostgreSQL failover or restart ends it with
/// 57P01, a transient error): the entity's retry runs on a new session instead of the dead one, so the
/// run completes with the entity loaded once.
/// </summary>
public sealed class WarehouseSessionTests(PostgresProvider provider) : IClassFixture<PostgresProvider>, IDisposable
{
    private readonly TempDirectory _folder = new("qi-session");

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public async Task Run_WarehouseSessionTerminatedMidLoad_RetriedOnANewSessionAndLoadedOnce()
    {
        var harness = await Harness.CreateAsync(provider);
        CsvExtract.Write(_folder.File("north"), "patients", [new Row { ["patient_id"] = "P1", ["clinic_id"] = "N1", ["birth_date"] = "1980-01-01", ["sex"] = "F" }]);
        var terminator = new TerminateOtherSessionsOnce(harness);

        var result = await harness.RunAsync(
            [new ConfiguredSource(new CsvSource("north", _folder.File("north")), LoadMode.Snapshot, new SourcePolicy(2, TimeSpan.FromSeconds(1), null))],
            terminator);

        Assert.True(terminator.Terminated > 0, "the run's warehouse session was not terminated: the test proves nothing");
        Assert.Equal("succeeded", result.Status);
        Assert.Equal(1, await harness.CountAsync("patients", "source = 'north'"));
        Assert.Equal(1, await harness.CountAsync("etl_run_entity", $"run_id = '{result.RunId}' AND entity = 'patients' AND status = 'loaded'"));
    }

    /// <summary>Before the first merge, ends every other session of the warehouse database, as a server restart would.</summary>
    private sealed class TerminateOtherSessionsOnce(Harness harness) : ILoadInterceptor
    {
        public int Terminated { get; private set; }

        public async Task BeforeMergeAsync(string source, string entity, CancellationToken cancellationToken)
        {
            if (Terminated > 0)
            {
                return;
            }

            await using var connection = await harness.OpenAsync();
            Terminated = await connection.ExecuteScalarAsync<int>(
                "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
        }
    }
}
