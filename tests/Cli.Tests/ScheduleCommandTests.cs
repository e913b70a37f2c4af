using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using QiPipeline.TestSupport;
using QiPipeline.Warehouse.Dialects;
using QiPipeline.Warehouse.Locking;

namespace QiPipeline.Cli.Tests;

/// <summary><c>qi schedule</c> and <c>qi run</c>: the monthly job on a fake clock.</summary>
public sealed class ScheduleCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("0 6 1 *")]
    [InlineData("61 6 1 * *")]
    [InlineData("every month")]
    public async Task Schedule_BadCron_ExitsOneNamingTheOption(string cron)
    {
        var (code, _, error) = await QiRunner.RunAsync("schedule", "--config", WriteConfig(), "--cron", cron);

        Assert.Equal(1, code);
        Assert.StartsWith($"qi: option --cron '{cron}' is not a cron expression", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Schedule_AtTheNextOccurrence_RunsTheJobOnceAndStopsWhenCancelled()
    {
        var config = WriteConfig();
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 30, 12, 0, 0, TimeSpan.Zero));
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        var context = new CliContext(TextWriter.Synchronized(output), TextWriter.Synchronized(error), time, NullLoggerFactory.Instance, new Dictionary<string, string?>());

        var schedule = QiApp.RunAsync(["schedule", "--config", config, "--cron", "0 6 1 * *"], context, stop.Token);
        await WaitUntilAsync(() => output.ToString().Contains("next run at 2025-07-01 06:00 +00:00", StringComparison.Ordinal));
        Assert.False(File.Exists(_folder.File("out/reports/kpis.csv")), "nothing runs before 06:00 on the 1st");

        time.Advance(TimeSpan.FromHours(18));
        await WaitUntilAsync(() => output.ToString().Contains("next run at 2025-08-01 06:00 +00:00", StringComparison.Ordinal));
        Assert.True(File.Exists(_folder.File("out/reports/kpis.csv")));
        await stop.CancelAsync();

        Assert.Equal(0, await schedule.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("run ", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, output.ToString().Split('\n').Count(l => l.StartsWith("run ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Schedule_WhileAnotherRunHoldsTheWarehouseLock_SkipsThatOccurrenceAndWaitsForTheNext()
    {
        var config = WriteConfig();
        Directory.CreateDirectory(_folder.File("out"));
        await using var other = await new DuckDbDialect().AcquireRunLockAsync(
            $"Data Source={_folder.File("out/warehouse.duckdb")}", new RunLockOwner(4242, "elsewhere", DateTimeOffset.UnixEpoch), CancellationToken.None);
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 30, 12, 0, 0, TimeSpan.Zero));
        using var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var context = new CliContext(TextWriter.Synchronized(output), TextWriter.Null, time, NullLoggerFactory.Instance, new Dictionary<string, string?>());

        var schedule = QiApp.RunAsync(["schedule", "--config", config, "--cron", "0 6 1 * *"], context, stop.Token);
        await WaitUntilAsync(() => output.ToString().Contains("next run at 2025-07-01", StringComparison.Ordinal));
        time.Advance(TimeSpan.FromHours(18));
        await WaitUntilAsync(() => output.ToString().Contains("next run at 2025-08-01", StringComparison.Ordinal));
        await stop.CancelAsync();

        Assert.Equal(0, await schedule.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.False(File.Exists(_folder.File("out/reports/kpis.csv")), "the refused run must not have run");
    }

    [Fact]
    public async Task Schedule_YearlyCron_WaitsLongerThanATimerCanAndRunsOnTheDay()
    {
        var config = WriteConfig();
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 30, 12, 0, 0, TimeSpan.Zero));
        using var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var context = new CliContext(TextWriter.Synchronized(output), TextWriter.Null, time, NullLoggerFactory.Instance, new Dictionary<string, string?>());

        // 185 days ahead: more than the 49.7 days one timer can wait.
        var schedule = QiApp.RunAsync(["schedule", "--config", config, "--cron", "0 6 1 1 *", "--time-zone", "UTC"], context, stop.Token);
        await WaitUntilAsync(() => output.ToString().Contains("next run at 2026-01-01 06:00 +00:00", StringComparison.Ordinal));
        for (var day = 0; day < 185 && !output.ToString().Contains("next run at 2027", StringComparison.Ordinal); day++)
        {
            time.Advance(TimeSpan.FromDays(1));
            await Task.Delay(5);
        }

        await WaitUntilAsync(() => output.ToString().Contains("next run at 2027-01-01 06:00 +00:00", StringComparison.Ordinal));
        await stop.CancelAsync();

        Assert.Equal(0, await schedule.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(File.Exists(_folder.File("out/reports/kpis.csv")));
    }

    [Fact]
    public async Task Schedule_UnknownTimeZone_ExitsOneNamingTheOption()
    {
        var (code, _, error) = await QiRunner.RunAsync("schedule", "--config", WriteConfig(), "--cron", "0 6 1 * *", "--time-zone", "Mars/Olympus");

        Assert.Equal(1, code);
        Assert.Equal("qi: option --time-zone 'Mars/Olympus' is not a time zone id (e.g. America/New_York)", error.TrimEnd());
    }

    [Fact]
    public async Task Schedule_WithATimeZone_AnnouncesTheNextRunInThatZone()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 30, 12, 0, 0, TimeSpan.Zero));
        using var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var context = new CliContext(TextWriter.Synchronized(output), TextWriter.Null, time, NullLoggerFactory.Instance, new Dictionary<string, string?>());

        var schedule = QiApp.RunAsync(["schedule", "--config", WriteConfig(), "--cron", "0 6 1 * *", "--time-zone", "America/New_York"], context, stop.Token);
        await WaitUntilAsync(() => output.ToString().Contains("next run at", StringComparison.Ordinal));
        await stop.CancelAsync();

        // 06:00 in New York on 1 July is daylight time, UTC-4.
        Assert.Contains("next run at 2025-07-01 06:00 -04:00", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await schedule.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Run_EverySourceDown_ExitsThreeWithoutComputingMeasures()
    {
        var config = WriteConfig(sourcePath: "nowhere");

        var (code, _, error) = await QiRunner.RunAsync("run", "--config", config);

        Assert.Equal(3, code);
        Assert.Contains("measures and reports were not computed", error, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("out/reports/kpis.csv")));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "timed out waiting");
    }

    private string WriteConfig(string sourcePath = "north")
    {
        TinyExtract.WriteNorth(_folder);
        var path = _folder.File("qi.json");
        File.WriteAllText(path, $$"""
            {
              "warehouse": { "provider": "duckdb", "connectionString": "Data Source=out/warehouse.duckdb" },
              "clinics": [ { "id": "N1", "name": "North" } ],
              "sources": [ { "name": "north", "type": "csv", "path": "{{sourcePath}}" } ],
              "reports": { "outputDir": "out/reports" }
            }
            """);
        return path;
    }
}
