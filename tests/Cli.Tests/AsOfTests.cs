using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// Without <c>--as-of</c>, kpis, report and run are as of the last day of the last complete month, and every
/// one of them says the data's latest date; an as-of more than 31 days past it is warned about on standard error.
/// </summary>
public sealed class AsOfTests : IDisposable
{
    private readonly TempDirectory _folder = new("qi-asof");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_WithoutAsOf_IsAsOfTheEndOfTheLastCompleteMonthAndSaysTheLatestRecord()
    {
        // QiRunner's clock says 2025-07-01; the tiny extract's only visit is of 2025-06-02.
        var (code, output, error) = await QiRunner.RunAsync("run", "--config", WriteConfig());

        Assert.True(code == 0, error + output);
        Assert.Contains("as of 2025-06-30 (the end of the last complete month); the latest record is of 2025-06-02", output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-07-03", null)]
    [InlineData("2025-07-04", "qi: warning: as of 2025-07-04 is 32 days after the latest record (2025-06-02); the months after it will show no data")]
    public async Task Kpis_AsOfFarPastTheLatestRecord_WarnsInOneLine(string asOf, string? warning)
    {
        var config = WriteConfig();
        var (etl, etlOut, etlError) = await QiRunner.RunAsync("etl", "--config", config);
        Assert.True(etl == 0, etlError + etlOut);

        var (code, output, error) = await QiRunner.RunAsync("kpis", "--config", config, "--as-of", asOf, "--out", _folder.File("kpis.csv"));

        Assert.True(code == 0, error + output);
        Assert.Contains($"as of {asOf} (given); the latest record is of 2025-06-02", output, StringComparison.Ordinal);
        if (warning is null)
        {
            Assert.DoesNotContain("warning", error, StringComparison.Ordinal);
        }
        else
        {
            Assert.Single(error.Split('\n'), l => l.Contains("warning", StringComparison.Ordinal));
            Assert.Contains(warning + "\n", error, StringComparison.Ordinal);
        }
    }

    private string WriteConfig()
    {
        TinyExtract.WriteNorth(_folder);
        var path = _folder.File("qi.json");
        File.WriteAllText(path, """
            {
              "warehouse": { "connectionString": "Data Source=out/warehouse.duckdb" },
              "clinics": [ { "id": "N1", "name": "North" } ],
              "sources": [ { "name": "north", "type": "csv", "path": "north" } ],
              "reports": { "outputDir": "out/reports" }
            }
            """);
        return path;
    }
}
