using System.Diagnostics;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using QiPipeline.SampleData;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// The built <c>qi</c>, killed (SIGKILL) at random moments of a load (counted in the run's own progress) until
/// enough runs were killed mid-load, then run once to the end, leaves the same warehouse as one clean run: each (source,
/// entity) is one transaction, and a re-run converges.
/// </summary>
public sealed partial class CrashRecoveryTests : IDisposable
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

        // The clean run first: its entities and their mean duration set the kill moments. Each kill waits, in the
        // killed run itself, until a random number of its entities have shown progress (never the last one), then a
        // random part of a mean entity: a moment counted in the run's own progress, so a machine slowed by other
        // work (process start-up, JIT, a busy disk) slows the moment with the run and it stays inside the load.
        var (entities, perEntity) = await CleanRunAsync(demo.ConfigPath, clean);
        Assert.True(entities > 2, $"the clean run showed {entities} entities");

        var killed = 0;
        var attempts = 0;
        for (; attempts < MaxAttempts && killed < KillsWanted; attempts++)
        {
            using var qi = QiProcess.Start(crashed, "etl", "--config", demo.ConfigPath);
            await qi.WaitForLogAsync(Started, Patience);
            await WaitForEntitiesAsync(qi, random.Next(1, entities - 1), Patience);
            await Task.Delay(perEntity * random.NextDouble());
            if (!qi.HasExited && !Finished(qi.Error))
            {
                qi.Kill();
                killed++;
            }

            await qi.WaitForExitAsync(Patience);
        }

        Assert.True(killed >= KillsWanted, $"only {killed} of {attempts} runs were killed mid-load (a load has {entities} entities of {perEntity.TotalSeconds:F2} s on average)");
        using (var last = QiProcess.Start(crashed, "etl", "--config", demo.ConfigPath))
        {
            Assert.Equal(0, await last.WaitForExitAsync(Patience));
        }

        foreach (var table in Tables)
        {
            Assert.Equal(await RowsAsync(clean, table), await RowsAsync(crashed, table));
        }
    }

    /// <summary>
    /// One whole load: how many entities it showed progress for, and their mean duration on this machine now
    /// (from the run's "started" log line to its exit, over the entities).
    /// </summary>
    private static async Task<(int Entities, TimeSpan PerEntity)> CleanRunAsync(string config, string warehouse)
    {
        using var qi = QiProcess.Start(warehouse, "etl", "--config", config);
        await qi.WaitForLogAsync(Started, Patience);
        var timer = Stopwatch.StartNew();
        Assert.Equal(0, await qi.WaitForExitAsync(Patience));
        var entities = EntitiesShown(qi.Error);
        return (entities, timer.Elapsed / Math.Max(1, entities));
    }

    /// <summary>Waits until the run's progress names <paramref name="count"/> entities, or it exits.</summary>
    private static async Task WaitForEntitiesAsync(QiProcess qi, int count, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!qi.HasExited && EntitiesShown(qi.Error) < count)
        {
            Assert.True(clock.Elapsed < timeout, $"qi did not show {count} entities within {timeout}: {qi.Error}");
            await Task.Delay(10);
        }
    }

    /// <summary>The distinct entities the progress lines name (<c>north/encounters: 1,234 rows</c>); log lines start with a time.</summary>
    private static int EntitiesShown(string error) =>
        error.Split('\n').Select(l => ProgressLine().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Count();

    [GeneratedRegex(@"^([A-Za-z0-9_-]+/[a-z_]+): [\d,]+ rows")]
    private static partial Regex ProgressLine();

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
