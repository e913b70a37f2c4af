using System.Diagnostics;
using DuckDB.NET.Data;
using QiPipeline.SampleData;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// The built <c>qi</c>, killed (SIGKILL) at random moments of a load, 20 times, then run once to
/// the end, leaves the same warehouse as one clean run: each (source, entity) is one transaction,
/// and a re-run converges.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    internal static readonly string[] Tables =
        ["patients", "encounters", "screenings", "referrals", "ed_visits", "medication_fills", "diagnoses", "surveys", "etl_watermark"];

    private readonly TempDirectory _folder = new("qi-crash");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Etl_KilledAtRandomMomentsThenRunOnce_EqualsOneCleanRun()
    {
        var demo = await ClinicGenerator.GenerateAsync(_folder.File("demo"), new GeneratorOptions { Patients = 3000, End = new DateOnly(2025, 5, 31) }, CancellationToken.None);
        var crashed = _folder.File("crashed.duckdb");
        var clean = _folder.File("clean.duckdb");
        var random = new Random(20251126);
        var killed = 0;

        // The clean run first: its duration sets the kill moments, so they fall inside a load on
        // a fast machine and a slow one alike.
        var timer = Stopwatch.StartNew();
        Assert.Equal(0, await RunToEndAsync(demo.ConfigPath, clean));
        var duration = timer.Elapsed;

        for (var i = 0; i < 20; i++)
        {
            using var process = StartEtl(demo.ConfigPath, crashed);
            var moment = duration * (0.1 + (0.8 * random.NextDouble()));
            if (!process.WaitForExit(moment))
            {
                process.Kill(entireProcessTree: true);
                killed++;
            }

            await process.WaitForExitAsync();
        }

        Assert.True(killed >= 5, $"only {killed} of 20 runs were killed mid-load: the moments are too late to test anything");
        Assert.Equal(0, await RunToEndAsync(demo.ConfigPath, crashed));

        foreach (var table in Tables)
        {
            Assert.Equal(await RowsAsync(clean, table), await RowsAsync(crashed, table));
        }
    }

    private static Process StartEtl(string config, string warehouse)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(QiApp).Assembly.Location);
        foreach (var argument in new[] { "etl", "--config", config })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["QI_WAREHOUSE__CONNECTIONSTRING"] = $"Data Source={warehouse}";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<int> RunToEndAsync(string config, string warehouse)
    {
        using var process = StartEtl(config, warehouse);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

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
