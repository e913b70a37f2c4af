using System.Diagnostics;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// The built <c>qi</c> as a scheduler runs it: SIGTERM mid-load stops it within seconds, rolled back and
/// recorded as cancelled; two runs never write one warehouse at once; a run killed while holding the lock
/// does not block the next; <c>qi schedule</c> stops at once on SIGTERM while it waits.
/// </summary>
public sealed class StopAndLockTests(LoadExtractFixture extract) : IClassFixture<LoadExtractFixture>
{
    private static readonly TimeSpan Load = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Etl_SigtermMidLoad_ExitsPromptlyWith143AndNoHalfEntity_ThenTheNextRunEqualsACleanRun()
    {
        var clean = extract.NewWarehouse();
        using (var first = QiProcess.Start(clean, "etl", "--config", extract.ConfigPath))
        {
            Assert.Equal(0, await first.WaitForExitAsync(Load));
        }

        var stopped = extract.NewWarehouse();
        using (var etl = QiProcess.Start(stopped, "etl", "--config", extract.ConfigPath))
        {
            // The first entity is committed, the second (encounters, the largest) is loading.
            await etl.WaitForLogAsync("north/patients: read", Load);
            var clock = Stopwatch.StartNew();
            etl.Terminate();

            Assert.Equal(143, await etl.WaitForExitAsync(TimeSpan.FromSeconds(30)));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"qi took {clock.Elapsed} to stop after SIGTERM");
            Assert.Contains("qi: stopped; the transaction in progress was rolled back (a load's etl_run status is 'cancelled'); run again to finish", etl.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", etl.Error, StringComparison.Ordinal);
        }

        Assert.Equal(["cancelled"], await LoadExtractFixture.RunStatusesAsync(stopped));
        foreach (var table in CrashRecoveryTests.Tables.Where(t => t != "etl_watermark"))
        {
            var expected = await LoadExtractFixture.RowsPerSourceAsync(clean, table);
            foreach (var (source, rows) in await LoadExtractFixture.RowsPerSourceAsync(stopped, table))
            {
                Assert.True(rows == expected[source], $"{source}/{table}: {rows} of {expected[source]} rows: half an entity was committed");
            }
        }

        using (var next = QiProcess.Start(stopped, "etl", "--config", extract.ConfigPath))
        {
            Assert.Equal(0, await next.WaitForExitAsync(Load));
        }

        foreach (var table in CrashRecoveryTests.Tables)
        {
            Assert.Equal(await CrashRecoveryTests.RowsAsync(clean, table), await CrashRecoveryTests.RowsAsync(stopped, table));
        }
    }

    [Fact]
    public async Task Run_WhileAnEtlHoldsTheWarehouse_ExitsThreeNamingTheHolder_AndTheEtlCompletes()
    {
        var warehouse = extract.NewWarehouse();
        using var etl = QiProcess.Start(warehouse, "etl", "--config", extract.ConfigPath);
        await etl.WaitForLogAsync("ETL run ", Load);

        using var second = QiProcess.Start(warehouse, "run", "--config", extract.ConfigPath);
        var code = await second.WaitForExitAsync(Load);

        Assert.False(etl.HasExited, "the etl ended before the second run was refused: the extract is too small to test anything");
        Assert.Equal(3, code);
        Assert.Matches($@"^qi: another qi run holds the warehouse lock since \d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(pid {etl.Id} on [^)]+\); try again later\s*$", second.Error);
        Assert.Equal(0, await etl.WaitForExitAsync(Load));
        Assert.Equal(["succeeded"], await LoadExtractFixture.RunStatusesAsync(warehouse));
    }

    [Fact]
    public async Task Etl_AfterTheLockHolderWasKilled_RunsAndMarksTheDeadRunAbandoned()
    {
        var warehouse = extract.NewWarehouse();
        using (var killed = QiProcess.Start(warehouse, "etl", "--config", extract.ConfigPath))
        {
            await killed.WaitForLogAsync("north/patients: read", Load);
            killed.Kill();
            await killed.WaitForExitAsync(Load);
        }

        using var next = QiProcess.Start(warehouse, "etl", "--config", extract.ConfigPath);

        Assert.Equal(0, await next.WaitForExitAsync(Load));
        Assert.Contains("1 run(s) left 'running' by a process that died were marked 'abandoned'", next.Error, StringComparison.Ordinal);
        Assert.Equal(["abandoned", "succeeded"], await LoadExtractFixture.RunStatusesAsync(warehouse));
    }

    [Fact]
    public async Task Schedule_SigtermWhileWaiting_ExitsZeroPromptly()
    {
        using var schedule = QiProcess.Start(extract.NewWarehouse(), "schedule", "--config", extract.ConfigPath, "--cron", "0 6 1 * *");
        await schedule.WaitForLogAsync("Next scheduled run at", Load);

        var clock = Stopwatch.StartNew();
        schedule.Terminate();

        Assert.Equal(0, await schedule.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"qi schedule took {clock.Elapsed} to stop after SIGTERM");
        Assert.Contains("Schedule stopped", schedule.Error, StringComparison.Ordinal);
    }
}
