using System.Diagnostics;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// <c>qi run</c> ends with the load's per-source table and a per-stage table; progress goes to
/// standard error; a source past its time limit fails alone (exit 2) while the others load.
/// </summary>
public sealed class RunSummaryTests : IDisposable
{
    private readonly TempDirectory _folder = new("qi-summary");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_PrintsTheLoadTableThenTheStageTableThenThePathsLast()
    {
        var (code, output, error) = await QiRunner.RunAsync("run", "--config", WriteConfig());

        Assert.True(code == 0, error + output);
        var lines = output.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        var table = Array.FindIndex(lines, l => l.StartsWith("source ", StringComparison.Ordinal));
        Assert.True(table > 0, output);
        Assert.Matches(@"^north\s+patients\s+1\s+1\s+0\s+0\s+0\s+\d+\.\d\s+loaded$", lines[table + 1]);
        Assert.Matches(@"^north\s+encounters\s+1\s+1\s+0\s+0\s+0\s+\d+\.\d\s+loaded$", lines[table + 2]);
        var stages = Array.FindIndex(lines, l => l.StartsWith("stage ", StringComparison.Ordinal));
        Assert.True(stages > table, output);
        Assert.Matches(@"^stage\s+seconds\s+peak MB\s+processed$", lines[stages]);
        Assert.Matches(@"^etl\s+\d+\.\d\s+[\d,]+\s+2 rows read$", lines[stages + 1]);
        Assert.Matches(@"^kpis\s+\d+\.\d\s+[\d,]+\s+1 patients$", lines[stages + 2]);
        Assert.Matches(@"^report\s+\d+\.\d\s+[\d,]+\s+3 workbooks$", lines[stages + 3]);

        // The paths close the output: warehouse, the measure files, the three workbooks, the charts.
        Assert.Equal($"warehouse  {_folder.File("out/warehouse.duckdb")}", lines[^7]);
        Assert.Equal($"kpis       {_folder.File("out/reports/kpis.csv")}", lines[^6]);
        Assert.Equal($"patients   {_folder.File("out/reports/patients.csv")}", lines[^5]);
        Assert.Equal($"workbooks  {_folder.File("out/reports/qi-monthly-2025-06.xlsx")}", lines[^4]);
        Assert.Matches(@"^\s{11}\S+qi-value-2025-06\.xlsx$", lines[^3]);
        Assert.Matches(@"^\s{11}\S+qi-pilot-2025-06\.xlsx$", lines[^2]);
        Assert.Equal($"charts     {_folder.File("out/reports/charts/2025-06")}", lines[^1]);
        Assert.DoesNotContain(lines[..stages], l => l.Contains(".xlsx", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_NotATerminal_PlainProgressLineAtEachEntityEndAndForTheMeasures()
    {
        var (code, output, error) = await QiRunner.RunAsync("run", "--config", WriteConfig());

        Assert.True(code == 0, error + output);
        Assert.Contains("\nnorth/patients: 1 rows", "\n" + error, StringComparison.Ordinal);
        Assert.Contains("\nnorth/encounters: 1 rows", "\n" + error, StringComparison.Ordinal);
        Assert.Contains("\nmeasures: 1 patients (100%)", "\n" + error, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", error, StringComparison.Ordinal);
        Assert.DoesNotContain("P1", error, StringComparison.Ordinal); // counts, never a patient id
    }

    [Fact]
    public async Task Etl_SourceQueryPastTheTimeLimit_FailsAloneWithTheTimeoutAndExitsTwo()
    {
        var clinic = await SharedPostgres.Server.CreateDatabaseAsync("slow");
        var query = "SELECT 'K1' AS patient_id, 'S1' AS clinic_id, DATE '1970-01-01' AS birth_date, 'F' AS sex FROM pg_sleep(30)";
        var clock = Stopwatch.StartNew();

        var (code, output, error) = await QiRunner.RunAsync("etl", "--config", WriteConfig(
            $$""", { "name": "clinic", "type": "postgres", "timeoutSeconds": 2, "connectionString": "{{clinic}}", "queries": { "patients": "{{query}}" } }"""));

        Assert.True(code == 2, error + output);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(25), $"the query was not cancelled: {clock.Elapsed}");
        Assert.Matches(@"\nclinic\s+patients\s+0\s+0\s+0\s+0\s+0\s+\S+\s+failed", output);
        Assert.Contains("clinic/patients: timed out after 2 s", output, StringComparison.Ordinal);
        Assert.Matches(@"\nnorth\s+patients\s+1\s+1\s+0\s+0\s+0\s+\S+\s+loaded", output);
    }

    private string WriteConfig(string moreSources = "")
    {
        TinyExtract.WriteNorth(_folder);
        var path = _folder.File("qi.json");
        File.WriteAllText(path, $$"""
            {
              "warehouse": { "provider": "duckdb", "connectionString": "Data Source=out/warehouse.duckdb" },
              "clinics": [ { "id": "N1", "name": "North" }, { "id": "S1", "name": "South" } ],
              "sources": [ { "name": "north", "type": "csv", "path": "north" }{{moreSources}} ],
              "reports": { "outputDir": "out/reports" }
            }
            """);
        return path;
    }
}
