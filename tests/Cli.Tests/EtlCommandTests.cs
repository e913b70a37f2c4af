using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary><c>qi etl</c> end to end on real files and a real DuckDB warehouse.</summary>
public sealed class EtlCommandTests : IDisposable
{
    private const string Patients = "patient_id,clinic_id,birth_date,sex,race,ethnicity,language,payer,death_date\nP1,N1,1980-01-01,F,,,,,\nP2,N1,1980-01-01,Q,,,,,\n";
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Etl_GoodSource_ExitsZeroAndPrintsTheSummary()
    {
        var config = WriteConfig("""{ "source": "n", "type": "csv", "path": "north" }""");

        var (code, output, error) = await QiRunner.RunAsync("etl", "--config", config);

        Assert.True(code == 0, error);
        var lines = output.Split('\n');
        Assert.Matches(@"^source\s+entity\s+read\s+loaded\s+unchanged\s+rejected\s+deleted\s+seconds\s+status$", lines[0]);
        Assert.Matches(@"^n\s+patients\s+2\s+1\s+0\s+1\s+0\s+\d+\.\d\s+loaded$", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("run ", StringComparison.Ordinal) && l.EndsWith(": succeeded", StringComparison.Ordinal));
        Assert.True(File.Exists(_folder.File("out/warehouse.duckdb")));
    }

    [Fact]
    public async Task Etl_OneSourceDown_ExitsTwoAndNeverPrintsItsPassword()
    {
        var config = WriteConfig(
            """{ "source": "n", "type": "csv", "path": "north" }""",
            """{ "source": "pg", "type": "postgres", "connectionString": "Host=127.0.0.1;Port=1;Username=u;Password=hunter2-secret;Timeout=2", "queries": { "patients": "SELECT 1" } }""");

        var (code, output, error) = await QiRunner.RunAsync("etl", "--config", config);

        Assert.Equal(2, code);
        Assert.Contains("partial", output, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Etl_EverySourceDown_ExitsThree()
    {
        var config = WriteConfig("""{ "source": "gone", "type": "csv", "path": "nowhere" }""");

        var (code, output, _) = await QiRunner.RunAsync("etl", "--config", config);

        Assert.Equal(3, code);
        Assert.Contains("folder", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Etl_WarehouseConnectionStringFromTheEnvironment_OverridesTheFile()
    {
        var config = WriteConfig("""{ "source": "n", "type": "csv", "path": "north" }""");
        var elsewhere = _folder.File("elsewhere.duckdb");

        var (code, _, error) = await QiRunner.RunAsync(
            new Dictionary<string, string?> { ["QI_WAREHOUSE__CONNECTIONSTRING"] = $"Data Source={elsewhere}" }, "etl", "--config", config);

        Assert.True(code == 0, error);
        Assert.True(File.Exists(elsewhere));
        Assert.False(File.Exists(_folder.File("out/warehouse.duckdb")));
    }

    [Fact]
    public async Task Etl_SourceConnectionStringFromANamedVariable_IsUsed()
    {
        var config = WriteConfig("""{ "source": "pg", "type": "postgres", "connectionStringEnv": "CLINIC_PG", "queries": { "patients": "SELECT 'P1' AS patient_id, DATE '1980-01-01' AS birth_date, 'F' AS sex" } }""");
        var database = await SharedPostgres.Server.CreateDatabaseAsync("cli");

        var (code, output, error) = await QiRunner.RunAsync(new Dictionary<string, string?> { ["CLINIC_PG"] = database }, "etl", "--config", config);

        Assert.True(code == 0, error + output);
        Assert.Matches(@"\npg\s+patients\s+1\s+1\s", output);
    }

    private string WriteConfig(params string[] sources)
    {
        Directory.CreateDirectory(_folder.File("north"));
        File.WriteAllText(_folder.File("north/patients.csv"), Patients);
        var list = string.Join(",", sources.Select(s => s.Replace("\"source\":", "\"name\":", StringComparison.Ordinal)));
        var path = _folder.File("qi.json");
        File.WriteAllText(path, $$"""
            {
              "warehouse": { "provider": "duckdb", "connectionString": "Data Source=out/warehouse.duckdb" },
              "clinics": [ { "id": "N1", "name": "North", "pilot": true, "goLive": "2025-01-01" } ],
              "sources": [ {{list}} ]
            }
            """);
        return path;
    }
}
