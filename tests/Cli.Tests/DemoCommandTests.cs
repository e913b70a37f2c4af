using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary><c>qi demo</c>: the README's first command, on a small clinic population.</summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Demo_FreshFolder_GeneratesAndLoadsEverySourceWithItsRejects()
    {
        var (code, output, error) = await QiRunner.RunAsync("demo", "--out", _folder.Path, "--patients", "300");

        Assert.True(code == 0, error + output);
        Assert.Contains("generating 300 synthetic patients", output, StringComparison.Ordinal);
        await using var warehouse = new DuckDBConnection($"Data Source={_folder.File("warehouse.duckdb")}");
        await warehouse.OpenAsync();
        await using var command = warehouse.CreateCommand();
        command.CommandText = "SELECT source, COUNT(*) FROM patients GROUP BY source ORDER BY source";
        var sources = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                Assert.True(reader.GetInt64(1) > 50, $"{reader.GetString(0)} has {reader.GetInt64(1)} patients");
                sources.Add(reader.GetString(0));
            }
        }

        Assert.Equal(["east", "north", "south"], sources);
        command.CommandText = "SELECT COUNT(DISTINCT source) FROM etl_reject";
        Assert.Equal(3L, await command.ExecuteScalarAsync());

        // East is the FHIR Bulk Data clinic: its malformed lines are rejects of their own reason.
        command.CommandText = "SELECT COUNT(*) FROM etl_reject WHERE source = 'east' AND reasons LIKE '%malformed_row%'";
        Assert.True((long)(await command.ExecuteScalarAsync())! > 0);
    }

    [Fact]
    public async Task Demo_SecondRun_ReusesTheClinicsAndChangesNothing()
    {
        await QiRunner.RunAsync("demo", "--out", _folder.Path, "--patients", "100");

        var (code, output, _) = await QiRunner.RunAsync("demo", "--out", _folder.Path);

        Assert.Equal(0, code);
        Assert.StartsWith("using the synthetic clinics in", output, StringComparison.Ordinal);
        var loaded = output.Split('\n').Where(l => l.Contains(" loaded", StringComparison.Ordinal) && !l.StartsWith("source", StringComparison.Ordinal)).ToList();
        Assert.Equal(24, loaded.Count);
        Assert.All(loaded, l => Assert.Matches(@"^\S+\s+\S+\s+[\d,]+\s+0\s", l));
    }
    [Fact]
    public async Task Demo_OnATerminal_EachEntityOnceInProgressAndOnceInTheTable_ThenTheStagesThenThePathsLast()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(
            output, error, new FakeTimeProvider(new DateTimeOffset(2025, 7, 1, 12, 0, 0, TimeSpan.Zero)), NullLoggerFactory.Instance, new Dictionary<string, string?>(), ErrorIsTerminal: true);

        var code = await QiApp.RunAsync(["demo", "--out", _folder.Path, "--patients", "100"], context, CancellationToken.None);

        Assert.True(code == 0, error.ToString() + output);
        string[] sources = ["north", "south", "east"];
        string[] entities = ["patients", "encounters", "screenings", "referrals", "ed_visits", "medication_fills", "diagnoses", "surveys"];

        // On a terminal each entity's progress is one line, rewritten in place ('\r') and ended once ('\n').
        var shown = error.ToString().Split('\n').Select(l => l[(l.LastIndexOf('\r') + 1)..]).ToList();
        foreach (var (source, entity) in sources.SelectMany(s => entities.Select(e => (s, e))))
        {
            Assert.Single(shown, l => l.StartsWith($"{source}/{entity}: ", StringComparison.Ordinal));
        }

        // Standard output: the load table (each entity once), then the stage table, then the paths, last.
        var lines = output.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n');
        var table = Array.FindIndex(lines, l => l.StartsWith("source ", StringComparison.Ordinal));
        var stages = Array.FindIndex(lines, l => l.StartsWith("stage ", StringComparison.Ordinal));
        var paths = Array.FindIndex(lines, l => l.StartsWith("warehouse ", StringComparison.Ordinal));
        Assert.True(table >= 0 && table < stages && stages < paths, output.ToString());
        foreach (var (source, entity) in sources.SelectMany(s => entities.Select(e => (s, e))))
        {
            Assert.Single(lines, l => Regex.IsMatch(l, $@"^{source}\s+{entity}\s"));
        }

        Assert.Equal(["warehouse", "kpis", "patients", "workbooks", "", "", "charts"], lines[paths..].Select(l => l[..10].Trim()));
        Assert.DoesNotContain(lines[..paths], l => l.Contains(".xlsx", StringComparison.Ordinal) || l.Contains("kpis.csv", StringComparison.Ordinal));
    }
}
