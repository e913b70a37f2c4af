using System.IO.Compression;
using DuckDB.NET.Data;
using Npgsql;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// A clinic's mapping query fails on a patient value (<c>invalid input syntax for type integer:
/// "N-P000007-secret"</c>): the failure is reported by entity, type, code and expected type, and the
/// value appears nowhere: not on standard output or error (the log), not in any warehouse table (the
/// run log, rejects), not in any file the run writes (workbooks, CSV files).
/// </summary>
public sealed class HealthInformationInErrorsTests : IDisposable
{
    private const string Secret = "N-P000007-secret";

    private readonly TempDirectory _folder = new("qi-leak");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_MappingQueryFailsOnAPatientValue_TheValueAppearsNowhere()
    {
        var database = await SharedPostgres.Server.CreateDatabaseAsync("leak");
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $"CREATE TABLE person (id text, dob date, sex text); INSERT INTO person VALUES ('{Secret}', '1970-01-01', 'F')", connection);
            await command.ExecuteNonQueryAsync();
        }

        var config = WriteConfig(database);
        var warehouse = _folder.File("out/warehouse.duckdb");
        using var qi = QiProcess.Start(
            [], new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Debug" }, "run", "--config", config, "--as-of", "2025-06-15");

        var code = await qi.WaitForExitAsync(TimeSpan.FromMinutes(3));

        Assert.True(code == 2, $"exit {code}: {qi.Error}{qi.Out}");
        Assert.Contains("22P02: invalid input syntax for type integer", qi.Out + qi.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", qi.Out + qi.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await TablesHoldingAsync(warehouse, "secret"));
        var files = Directory.GetFiles(_folder.File("out"), "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".duckdb", StringComparison.Ordinal)).ToList();
        Assert.Contains(files, f => f.EndsWith(".xlsx", StringComparison.Ordinal));
        Assert.All(files, f => Assert.False(Holds(f, "secret"), $"{f} holds the value"));
    }

    private string WriteConfig(string clinicDatabase)
    {
        Directory.CreateDirectory(_folder.File("north"));
        File.WriteAllText(_folder.File("north/patients.csv"), "patient_id,clinic_id,birth_date,sex\nP1,N1,1980-01-01,F\n");
        var path = _folder.File("qi.json");
        var connection = clinicDatabase.Replace("\\", "\\\\", StringComparison.Ordinal);
        File.WriteAllText(path, $$"""
            {
              "warehouse": { "provider": "duckdb", "connectionString": "Data Source=out/warehouse.duckdb" },
              "clinics": [ { "id": "N1" }, { "id": "S1" } ],
              "reports": { "outputDir": "out/reports" },
              "sources": [
                { "name": "clinic", "type": "postgres", "retries": 0, "connectionString": "{{connection}}",
                  "queries": { "patients": "SELECT CAST(CAST(id AS integer) AS text) AS patient_id, 'S1' AS clinic_id, dob AS birth_date, sex FROM person" } },
                { "name": "north", "type": "csv", "path": "north" }
              ]
            }
            """);
        return path;
    }

    /// <summary>The tables of the warehouse with a value containing <paramref name="text"/>.</summary>
    private static async Task<List<string>> TablesHoldingAsync(string warehouse, string text)
    {
        await using var connection = new DuckDBConnection($"Data Source={warehouse}");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var holding = new List<string>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" t WHERE lower(CAST(t AS VARCHAR)) LIKE '%{text}%'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                holding.Add(table);
            }
        }

        return holding;
    }

    /// <summary>Whether a file (or, for a workbook, any part of it) contains <paramref name="text"/>.</summary>
    private static bool Holds(string file, string text)
    {
        if (!file.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            return File.ReadAllText(file).Contains(text, StringComparison.OrdinalIgnoreCase);
        }

        using var zip = ZipFile.OpenRead(file);
        return zip.Entries.Any(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd().Contains(text, StringComparison.OrdinalIgnoreCase);
        });
    }
}
