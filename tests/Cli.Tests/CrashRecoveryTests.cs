using System.Diagnostics;
using DuckDB.NET.Data;
using QiPipeline.SampleData;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// The built <c>qi</c>, killed (SIGKILL) at random moments of a load until enough runs were killed
/// mid-load, then run once to the end, leaves the same warehouse as one clean run: each (source,
/// entity) is one transaction, and a re-run converges.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    internal static readonly string[] Tables =
        ["patients", "encounters", "screenings", "referrals", "ed_visits", "medication_fills", "diagnoses", "surveys", "etl_watermark"];

    /// <summary>Runs killed while loading that the test needs; the attempts stop there.</summary>
    private const int KillsWanted = 10;

    /// <summary>The most attempts: a run that finished before its moment counts as an attempt, not a kill.</summary>
    private const int MaxAttempts = 40;

    private const string Started = " started for ";
    private const string Ended = "ETL run ";

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly TempDirectory _folder = new("qi-crash");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Etl_KilledAtRandomMomentsThenRunOnce_EqualsOneCleanRun()
    {
        var demo = await ClinicGenerator.GenerateAsync(_folder.File("demo"), new GeneratorOptions { Patients = 3000, End = new DateOnly(2025, 5, 31) }, CancellationToken.None);
        var crashed = _folder.File("crashed.duckdb");
        var clean = _folder.File("clean.duckdb");
        var random = new Random(20251126);

        // The clean run first: the load's own duration, from its "started" log line to its exit, sets the
        // kill moments, each counted from the killed run's own "started" line, so process start-up and JIT
        // (slow on a loaded machine) never push a moment past the load.
        var load = await LoadDurationAsync(demo.ConfigPath, clean);

        var killed = 0;
        var attempts = 0;
        for (; attempts < MaxAttempts && killed < KillsWanted; attempts++)
        {
            using var qi = QiProcess.Start(crashed, "etl", "--config", demo.ConfigPath);
            await qi.WaitForLogAsync(Started, Patience);
            await Task.Delay(load * (0.05 + (0.9 * random.NextDouble())));
            if (!qi.HasExited && !Finished(qi.Error))
            {
                qi.Kill();
                killed++;
            }

            await qi.WaitForExitAsync(Patience);
        }

        Assert.True(killed >= KillsWanted, $"only {killed} of {attempts} runs were killed mid-load (a load takes {load.TotalSeconds:F1} s)");
        using (var last = QiProcess.Start(crashed, "etl", "--config", demo.ConfigPath))
        {
            Assert.Equal(0, await last.WaitForExitAsync(Patience));
        }

        foreach (var table in Tables)
        {
            Assert.Equal(await RowsAsync(clean, table), await RowsAsync(crashed, table));
        }
    }

    /// <summary>How long a whole load takes on this machine now: from the run's "started" log line to its exit.</summary>
    private static async Task<TimeSpan> LoadDurationAsync(string config, string warehouse)
    {
        using var qi = QiProcess.Start(warehouse, "etl", "--config", config);
        await qi.WaitForLogAsync(Started, Patience);
        var timer = Stopwatch.StartNew();
        Assert.Equal(0, await qi.WaitForExitAsync(Patience));
        return timer.Elapsed;
    }

    /// <summary>Whether the run logged its end (then a kill would no longer be mid-load).</summary>
    private static bool Finished(string log) =>
        log.Split('\n').Any(l => l.Contains(Ended, StringComparison.Ordinal) && l.Contains(" ended: ", StringComparison.Ordinal));

    /// <summary>Every row without the run ids (which differ between the two histories by design), sorted.</summary>
    internal static async Task<List<string>> RowsAsync(string warehouse, string table)
    {
        await using var connection = new DuckDBConnection($"Data Source={warehouse}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * EXCLUDE ({(table == "etl_watermark" ? "run_id" : "loaded_run_id")}) FROM {table}";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
