using System.Runtime.Versioning;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// Files holding patient ids or health information (the monthly workbook, patients.csv) are written
/// mode 0600 on Unix, whatever the umask and whatever the mode of a file they replace.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class OwnerOnlyFileTests : IDisposable
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode WorldReadable = OwnerReadWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private readonly TempDirectory _folder = new("qi-mode");

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public async Task Run_WritesTheMonthlyWorkbookAndPatientsCsvOwnerOnly()
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows files inherit the folder's ACL");
        var config = WriteConfig();

        var (code, stdout, error) = await QiRunner.RunAsync("run", "--config", config);

        Assert.True(code == 0, error + stdout);
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(_folder.File("out/reports/qi-monthly-2025-06.xlsx")));
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(_folder.File("out/reports/patients.csv")));
    }

    [SkippableFact]
    public async Task Report_OverAWorldReadableWorkbook_LeavesItOwnerOnly()
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows files inherit the folder's ACL");
        var config = WriteConfig();
        var (etl, _, etlError) = await QiRunner.RunAsync("etl", "--config", config);
        Assert.True(etl == 0, etlError);
        var workbook = _folder.File("reports/qi-monthly-2025-06.xlsx");
        Directory.CreateDirectory(_folder.File("reports"));
        File.WriteAllText(workbook, "last month's copy");
        File.SetUnixFileMode(workbook, WorldReadable);

        var (code, stdout, error) = await QiRunner.RunAsync("report", "--config", config, "--out", _folder.File("reports"));

        Assert.True(code == 0, error + stdout);
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(workbook));
    }

    [SkippableFact]
    public async Task Kpis_PatientsFile_IsOwnerOnly()
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows files inherit the folder's ACL");
        var config = WriteConfig();
        var patients = _folder.File("patients.csv");
        var (etl, _, etlError) = await QiRunner.RunAsync("etl", "--config", config);
        Assert.True(etl == 0, etlError);

        var (code, stdout, error) = await QiRunner.RunAsync("kpis", "--config", config, "--out", _folder.File("kpis.csv"), "--patients", patients);

        Assert.True(code == 0, error + stdout);
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(patients));
    }

    private string WriteConfig()
    {
        TinyExtract.WriteNorth(_folder);
        var path = _folder.File("qi.json");
        File.WriteAllText(path, """
            {
              "warehouse": { "provider": "duckdb", "connectionString": "Data Source=out/warehouse.duckdb" },
              "clinics": [ { "id": "N1", "name": "North" } ],
              "sources": [ { "name": "north", "type": "csv", "path": "north" } ],
              "reports": { "outputDir": "out/reports" }
            }
            """);
        return path;
    }
}
