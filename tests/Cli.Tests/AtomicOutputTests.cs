using System.Diagnostics;
using System.Runtime.Versioning;
using QiPipeline.SampleData;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// Outputs are replaced whole or not at all: a run stopped mid-write leaves the previous files; the
/// leftovers of killed runs are removed by the next run; the warehouse is owner-only under any umask.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class AtomicOutputTests : IDisposable
{
    private const string Previous = "measure_id,clinic_id,period,patient_id,unit_id,in_denominator,excluded,in_numerator,pending\nprevious,good,copy,,,,,,\n";
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly TempDirectory _folder = new("qi-atomic");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Kpis_StoppedWhileWritingPatientsCsv_LeavesThePreviousFilesAndRemovesKilledRunsLeftovers()
    {
        var demo = await ClinicGenerator.GenerateAsync(_folder.File("demo"), new GeneratorOptions { Patients = 2000, End = new DateOnly(2025, 5, 31) }, CancellationToken.None);
        var warehouse = _folder.File("wh/warehouse.duckdb");
        Directory.CreateDirectory(_folder.File("wh"));
        Directory.CreateDirectory(_folder.File("out"));
        var environment = new Dictionary<string, string?> { ["QI_WAREHOUSE__CONNECTIONSTRING"] = $"Data Source={warehouse}" };
        var (etl, etlOut, etlError) = await QiRunner.RunAsync(environment, "etl", "--config", demo.ConfigPath);
        Assert.True(etl == 0, etlError + etlOut);
        var patients = _folder.File("out/patients.csv");
        var kpis = _folder.File("out/kpis.csv");
        File.WriteAllText(patients, Previous);
        File.WriteAllText(kpis, "previous kpis\n");

        // What killed runs leave: a copy file of patient units beside the warehouse (named before and
        // after the pid was part of the name) and a half-written output.
        var dead = DeadPid();
        string[] leftovers =
        [
            _folder.File($"wh/.qi-copy-{dead}-0123456789abcdef0123456789abcdef.csv"),
            _folder.File("wh/.qi-copy-0123456789abcdef0123456789abcdef.csv"),
            _folder.File($"out/.patients.csv.qi-tmp-{dead}-0123456789abcdef0123456789abcdef"),
        ];
        foreach (var leftover in leftovers)
        {
            File.WriteAllText(leftover, "N-P000001,depression_screening\n");
        }

        using var qi = QiProcess.Start(warehouse, "kpis", "--config", demo.ConfigPath, "--as-of", "2025-06-15", "--out", kpis, "--patients", patients);
        var clock = Stopwatch.StartNew();
        while (!Directory.EnumerateFiles(_folder.File("out"), ".patients.csv.qi-tmp-*").Any(f => !leftovers.Contains(f)) && File.ReadAllText(patients) == Previous)
        {
            Assert.False(qi.HasExited, $"qi ended before writing patients.csv: {qi.Error}");
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "qi did not start writing patients.csv");
            await Task.Delay(10);
        }

        qi.Terminate();

        // With qi's standard error: it once exited 3 here on a loaded machine, and the code alone did not say why.
        var code = await qi.WaitForExitAsync(TimeSpan.FromMinutes(1));
        Assert.True(code == 143, $"exit {code} after SIGTERM: {qi.Error}");
        Assert.Equal(Previous, File.ReadAllText(patients));
        Assert.Equal("previous kpis\n", File.ReadAllText(kpis));
        Assert.All(leftovers, f => Assert.False(File.Exists(f), $"{Path.GetFileName(f)} was left"));
        Assert.Empty(Directory.GetFiles(_folder.File("out"), ".*"));
        Assert.Empty(Directory.GetFiles(_folder.File("wh"), ".qi-copy-*"));
    }

    [Fact]
    public async Task Run_UnderUmask000_WarehouseAndPatientFilesAreOwnerOnlyAndTheRestKeepsTheUmasksMode()
    {
        TinyExtract.WriteNorth(_folder);
        var config = _folder.File("qi.json");
        File.WriteAllText(config, """
            {
              "warehouse": { "provider": "duckdb", "connectionString": "Data Source=out/warehouse.duckdb" },
              "clinics": [ { "id": "N1", "name": "North" } ],
              "sources": [ { "name": "north", "type": "csv", "path": "north" } ],
              "reports": { "outputDir": "out/reports" }
            }
            """);

        using var qi = QiProcess.Start(["sh", "-c", "umask 000 && exec \"$@\"", "sh"], new Dictionary<string, string>(), "run", "--config", config, "--as-of", "2025-06-30");

        Assert.Equal(0, await qi.WaitForExitAsync(TimeSpan.FromMinutes(2)));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(_folder.File("out/warehouse.duckdb")));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(_folder.File("out/reports/patients.csv")));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(_folder.File("out/reports/qi-monthly-2025-06.xlsx")));
        Assert.Equal((UnixFileMode)0b110_110_110, File.GetUnixFileMode(_folder.File("out/reports/kpis.csv")));
    }

    private static int DeadPid()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
