using QiPipeline.Etl.Loading;
using QiPipeline.Etl.Sources;
using QiPipeline.Etl.Tests.Support;
using QiPipeline.TestSupport;

namespace QiPipeline.Etl.Tests.Resilience;

/// <summary>
/// Retries and time limits per source, on each warehouse: a transient failure is retried (the
/// failed attempt rolled back, so nothing is loaded twice), a mistake is not, retries that run
/// out or a source past its time limit fail that source alone. Waits run on a fake clock.
/// </summary>
public abstract class RetryTests<TProvider>(TProvider provider) : IDisposable
    where TProvider : WarehouseProvider
{
    private static readonly SourcePolicy ThreeRetries = new(3, TimeSpan.FromSeconds(2), TimeSpan.FromHours(1));

    private readonly TempDirectory _folder = new("qi-retry");

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task Run_TransientFailureTwice_RetriedAndLoadedOnce()
    {
        var harness = await Harness.CreateAsync(provider);
        var flaky = new FlakySource("flaky", failures: 2, () => new SourceException("source 'flaky' cannot be reached", new TimeoutException()));

        var result = await harness.RunAsync([new ConfiguredSource(flaky, LoadMode.Snapshot, ThreeRetries)]);

        Assert.Equal("succeeded", result.Status);
        Assert.Equal(3, flaky.Reads);
        var patients = result.Sources[0].Entities.Single();
        Assert.Equal((2, 2, 0), (patients.Read, patients.Loaded, patients.Rejected));
        Assert.Equal(2, await harness.CountAsync("patients", "source = 'flaky'"));
        Assert.Equal(1, await harness.CountAsync("etl_run_entity", $"run_id = '{result.RunId}'"));
    }

    [SkippableFact]
    public async Task Run_RetriesRunOut_ThatSourceFailsAloneAndTheOtherLoads()
    {
        var harness = await Harness.CreateAsync(provider);
        var flaky = new FlakySource("flaky", failures: int.MaxValue, () => new IOException("reset", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionReset)));
        WriteNorth();

        var result = await harness.RunAsync([
            new ConfiguredSource(flaky, LoadMode.Snapshot, new SourcePolicy(2, TimeSpan.FromSeconds(1), null)),
            new ConfiguredSource(new CsvSource("north", _folder.File("north")), LoadMode.Snapshot)]);

        Assert.Equal("partial", result.Status);
        Assert.Equal(3, flaky.Reads); // the first attempt and two retries
        var failed = result.Sources[0].Entities.Single();
        Assert.Equal(EntityLoadResult.FailedStatus, failed.Status);
        Assert.EndsWith("(after 3 attempts)", failed.Error, StringComparison.Ordinal);
        Assert.Equal(0, await harness.CountAsync("patients", "source = 'flaky'"));
        Assert.Equal(1, await harness.CountAsync("patients", "source = 'north'"));
    }

    [SkippableFact]
    public async Task Run_NonTransientFailure_NotRetried()
    {
        var harness = await Harness.CreateAsync(provider);
        var flaky = new FlakySource("flaky", failures: int.MaxValue, () => new SourceException("source 'flaky': the query for patients returns no column sex"));

        var result = await harness.RunAsync([new ConfiguredSource(flaky, LoadMode.Snapshot, ThreeRetries)]);

        Assert.Equal("failed", result.Status);
        Assert.Equal(1, flaky.Reads);
        Assert.Equal("source 'flaky': the query for patients returns no column sex", result.Sources[0].Entities.Single().Error);
    }

    [SkippableFact]
    public async Task Run_SourcePastItsTimeLimit_CancelledAndRecordedWhileTheOtherLoads()
    {
        var harness = await Harness.CreateAsync(provider);
        var stuck = new FlakySource("stuck", failures: 0, () => new InvalidOperationException(), hang: true);
        WriteNorth();

        var result = await harness.RunAsync([
            new ConfiguredSource(stuck, LoadMode.Snapshot, new SourcePolicy(3, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60))),
            new ConfiguredSource(new CsvSource("north", _folder.File("north")), LoadMode.Snapshot)]);

        Assert.Equal("partial", result.Status);
        Assert.Equal(1, stuck.Reads); // a cancellation is not retried
        Assert.Equal("timed out after 60 s", result.Sources[0].Error);
        Assert.Equal(EntityLoadResult.FailedStatus, result.Sources[0].Entities.Single().Status);
        Assert.Equal("1", await harness.ScalarAsync(
            $"SELECT COUNT(*) FROM etl_run_entity WHERE run_id = '{result.RunId}' AND source = 'stuck' AND status = 'failed' AND error = 'timed out after 60 s'"));
        Assert.Equal(0, await harness.CountAsync("patients", "source = 'stuck'"));
        Assert.Equal(1, await harness.CountAsync("patients", "source = 'north'"));
    }

    [SkippableFact]
    public async Task Run_Retry_LoggedWithSourceEntityAttemptAndErrorTypeOnly()
    {
        var harness = await Harness.CreateAsync(provider);
        var flaky = new FlakySource("flaky", failures: 1, () => new SourceException("source 'flaky': value F1 secret", new TimeoutException()));
        var logger = new RecordingLogger();

        var run = harness.Start([new ConfiguredSource(flaky, LoadMode.Snapshot, ThreeRetries)], logger: logger);
        await harness.PassTimeUntilAsync(run);
        await run;

        var retry = Assert.Single(logger.Messages, m => m.EventId == 1005).Message;
        Assert.StartsWith("flaky/patients: transient failure (TimeoutException); retry 1 of 3 in ", retry, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", retry, StringComparison.Ordinal);
    }

    private void WriteNorth() =>
        CsvExtract.Write(_folder.File("north"), "patients", [new Row { ["patient_id"] = "P1", ["clinic_id"] = "N1", ["birth_date"] = "1980-01-01", ["sex"] = "F" }]);
}

public sealed class DuckDbRetryTests(DuckDbProvider provider) : RetryTests<DuckDbProvider>(provider), IClassFixture<DuckDbProvider>;

public sealed class PostgresRetryTests(PostgresProvider provider) : RetryTests<PostgresProvider>(provider), IClassFixture<PostgresProvider>;
