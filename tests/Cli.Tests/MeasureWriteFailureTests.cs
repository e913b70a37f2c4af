using System.Diagnostics;
using Npgsql;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Timeline;
using QiPipeline.SampleData;
using QiPipeline.TestSupport;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// Writing the measure results fails part-way (the warehouse server stops, the disk fills): the
/// measure run fails promptly with the writer's error, rolled back, instead of waiting forever on a
/// writer that is gone while it holds the run lock.
/// </summary>
public sealed class MeasureWriteFailureTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2025, 6, 15);
    private static readonly TimeSpan Prompt = TimeSpan.FromMinutes(2);

    private readonly TempDirectory _folder = new("qi-write-fail");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task MeasureRun_PostgresWarehouseStoppedMidRun_FailsPromptlyAndKeepsThePreviousResults()
    {
        await using var server = PostgresServer.Start();
        var database = await server.CreateDatabaseAsync("wh");
        var environment = new Dictionary<string, string?> { ["QI_WAREHOUSE__PROVIDER"] = "postgres", ["QI_WAREHOUSE__CONNECTIONSTRING"] = database };
        var config = await DemoAsync(2000);
        var (etl, etlOut, etlError) = await QiRunner.RunAsync(environment, "etl", "--config", config);
        Assert.True(etl == 0, etlError + etlOut);
        var (kpis, kpisOut, kpisError) = await QiRunner.RunAsync(environment, "kpis", "--config", config, "--as-of", "2025-06-15", "--out", _folder.File("kpis.csv"));
        Assert.True(kpis == 0, kpisError + kpisOut);
        var before = await CountAsync(database, "kpi_patient");
        Assert.True(before > 20_000, $"{before} units: too few to fill the writer's channel, the test would prove nothing");

        var warehouse = new WarehouseConnection(new PostgresDialect(), database, TimeProvider.System);
        var context = new MeasureContext(AsOf, Month.Of(AsOf).Plus(-23), Month.Of(AsOf), MeasureParameters.Defaults);
        var runner = new MeasureRunner(warehouse, MeasureFamilies.Create(context, EdClassification.Shipped), context, ["N1", "S1", "E1"]);
        var clock = Stopwatch.StartNew();
        var run = runner.RunAsync(null, CancellationToken.None, [new StopServer(server, afterPatients: 200)]);

        var error = await Record.ExceptionAsync(() => run.WaitAsync(Prompt));

        Assert.NotNull(error);
        Assert.False(error is TimeoutException, $"the measure run still waited {Prompt} after the warehouse server stopped");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the measure run took {clock.Elapsed} to fail");
        Assert.True(error is System.Data.Common.DbException or IOException, $"{error.GetType().Name}: the command would not map it to exit 3");
        server.StartAgain();
        Assert.Equal(before, await CountAsync(database, "kpi_patient"));
    }

    [SkippableFact]
    public async Task Kpis_DiskFillsWhileWritingTheResults_ExitsThreeAtOnceWithOneLineAndNoCopyLeft()
    {
        Skip.IfNot(CanMountPrivateTmpfs(), "unshare cannot make a private tmpfs here (no user or mount namespaces)");
        var config = await DemoAsync(2000);
        var loaded = _folder.File("warehouse.duckdb");
        var environment = new Dictionary<string, string?> { ["QI_WAREHOUSE__CONNECTIONSTRING"] = $"Data Source={loaded}" };
        var (etl, etlOut, etlError) = await QiRunner.RunAsync(environment, "etl", "--config", config);
        Assert.True(etl == 0, etlError + etlOut);

        // A disk holding the warehouse and 256 KB more: the measure results (megabytes) cannot fit.
        var disk = _folder.File("disk");
        Directory.CreateDirectory(disk);
        var size = new FileInfo(loaded).Length + (256 * 1024);
        string[] wrapper =
        [
            "unshare", "-Urm", "sh", "-c",
            "mount -t tmpfs -o size=\"$1\" tmpfs \"$2\" && cp \"$3\" \"$2/warehouse.duckdb\" || exit 99; dir=\"$2\"; shift 3; \"$@\"; code=$?; ls -a \"$dir\"; exit $code",
            "sh", size.ToString(System.Globalization.CultureInfo.InvariantCulture), disk, loaded,
        ];
        using var qi = QiProcess.Start(
            wrapper,
            new Dictionary<string, string> { ["QI_WAREHOUSE__CONNECTIONSTRING"] = $"Data Source={disk}/warehouse.duckdb" },
            "kpis", "--config", config, "--as-of", "2025-06-15", "--out", _folder.File("kpis.csv"));

        var code = await qi.WaitForExitAsync(Prompt);

        Assert.True(code == 3, $"exit {code}: {qi.Error}{qi.Out}");
        Assert.Matches(@"^qi: nothing could be done: [^\n]*No space left on device[^\n]*\s*$", qi.Error);
        Assert.DoesNotContain(".qi-copy-", qi.Out, StringComparison.Ordinal);
    }

    private async Task<string> DemoAsync(int patients) =>
        (await ClinicGenerator.GenerateAsync(_folder.File("demo"), new GeneratorOptions { Patients = patients, End = new DateOnly(2025, 5, 31) }, CancellationToken.None)).ConfigPath;

    private static async Task<long> CountAsync(string database, string table)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT COUNT(*) FROM {table} WHERE as_of = DATE '2025-06-15'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static bool CanMountPrivateTmpfs()
    {
        try
        {
            ProcessRunner.Run("unshare", "-Urm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt");
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Stops the warehouse server as the measure run reaches a patient, as an outage would.</summary>
    private sealed class StopServer(PostgresServer server, int afterPatients) : ITimelineObserver
    {
        private int _seen;

        public void Observe(PatientTimeline timeline, IReadOnlyList<UnitResult> units)
        {
            if (++_seen == afterPatients)
            {
                server.Stop();
            }
        }
    }
}
