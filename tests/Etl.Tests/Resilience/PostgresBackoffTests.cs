using Npgsql;
using QiPipeline.Etl.Configuration;
using QiPipeline.Etl.Tests.Support;
using QiPipeline.TestSupport;

namespace QiPipeline.Etl.Tests.Resilience;

/// <summary>
/// A clinic's PostgreSQL server is down when the run reaches it and comes back during the
/// backoff: the retry connects and the source loads in the same run. The server is this
/// test's own, since it is stopped; the clock of the waits is moved by hand, after the restart.
/// </summary>
public sealed class PostgresBackoffTests(DuckDbProvider warehouse) : IClassFixture<DuckDbProvider>
{
    [Fact]
    public async Task Run_ServerDownThenStartedDuringTheBackoff_LoadsInTheSameRun()
    {
        await using var clinic = PostgresServer.Start();
        var database = await clinic.CreateDatabaseAsync("clinic");
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SET synchronous_commit = on; CREATE TABLE person (id text, dob date, sex text); INSERT INTO person VALUES ('K1', '1970-01-01', 'F'), ('K2', '1980-01-01', 'M')", connection);
            await command.ExecuteNonQueryAsync(); // committed to disk: the cluster runs with synchronous_commit off, and is stopped at once
        }

        var options = new SourceOptions
        {
            Name = "clinic",
            Type = SourceTypes.Postgres,
            Retries = 3,
            RetryDelaySeconds = 5,
            Queries = new Dictionary<string, string> { ["patients"] = "SELECT id AS patient_id, 'S1' AS clinic_id, dob AS birth_date, sex FROM person" },
        };
        var harness = await Harness.CreateAsync(warehouse);
        var logger = new RecordingLogger(signalEventId: 1005);
        clinic.Stop();

        var run = harness.Start([SourceFactory.Create(options, database + ";Timeout=3")], logger: logger);
        await logger.Signalled.WaitAsync(TimeSpan.FromSeconds(60)); // the first attempt was refused; the backoff waits on the fake clock
        Assert.False(run.IsCompleted);
        clinic.StartAgain();
        await harness.PassTimeUntilAsync(run);
        var result = await run;

        Assert.True(result.Status == "succeeded", string.Join("; ", result.Sources.SelectMany(s => s.Entities).Select(e => e.Error)) + string.Join("\n", logger.Messages));
        Assert.Equal(2, await harness.CountAsync("patients", "source = 'clinic'"));
        Assert.Contains(logger.Messages, m => m.EventId == 1005 && m.Message.StartsWith("clinic/(connection): transient failure (", StringComparison.Ordinal));
        Assert.DoesNotContain(logger.Messages, m => m.Message.Contains("Host=", StringComparison.OrdinalIgnoreCase));
    }
}
