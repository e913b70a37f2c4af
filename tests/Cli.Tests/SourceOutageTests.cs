using Npgsql;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// A clinic's PostgreSQL server goes down: that source fails alone once its retries run out (exit
/// 2, the CSV clinic still loads), and once the server is back the next run catches up with what changed meanwhile.
/// </summary>
public sealed class SourceOutageTests : IDisposable
{
    private readonly TempDirectory _folder = new("qi-outage");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Etl_ClinicServerDownThenBack_FailsThatSourceAloneThenCatchesUp()
    {
        await using var clinic = PostgresServer.Start();
        var database = await clinic.CreateDatabaseAsync("clinic");
        await ExecuteAsync(database,
            "CREATE TABLE person (id text, dob date, sex text, modified timestamp)",
            "INSERT INTO person VALUES ('K1', '1970-01-01', 'F', '2025-05-01 08:00'), ('K2', '1980-01-01', 'M', '2025-05-01 08:00')");
        var config = WriteConfig(database);

        var (first, firstOut, firstError) = await QiRunner.RunAsync("etl", "--config", config);
        Assert.True(first == 0, firstError + firstOut);

        clinic.Stop();
        File.AppendAllText(_folder.File("north/patients.csv"), "P2,N1,1990-01-01,M\n");
        var (down, downOut, _) = await QiRunner.RunAsync("etl", "--config", config);

        Assert.Equal(2, down);
        Assert.Matches(@"\nclinic\s+patients\s+0\s+0\s+0\s+0\s+0\s+\S+\s+skipped", downOut);
        Assert.Matches(@"\nnorth\s+patients\s+2\s+1\s+1\s+0\s+0\s+\S+\s+loaded", downOut);

        clinic.StartAgain();
        await ExecuteAsync(database, "INSERT INTO person VALUES ('K3', '1990-01-01', 'F', '2025-06-01 08:00')");
        var (back, backOut, backError) = await QiRunner.RunAsync("etl", "--config", config);

        Assert.True(back == 0, backError + backOut);
        Assert.Matches(@"\nclinic\s+patients\s+1\s+1\s+0\s+0\s+0\s+\S+\s+loaded", backOut);
    }

    private string WriteConfig(string clinicDatabase)
    {
        Directory.CreateDirectory(_folder.File("north"));
        File.WriteAllText(_folder.File("north/patients.csv"), "patient_id,clinic_id,birth_date,sex\nP1,N1,1980-01-01,F\n");
        var path = _folder.File("qi.json");
        var connection = clinicDatabase.Replace("\\", "\\\\", StringComparison.Ordinal) + ";Timeout=3";
        File.WriteAllText(path, $$"""
            {
              "warehouse": { "provider": "duckdb", "connectionString": "Data Source=out/warehouse.duckdb" },
              "clinics": [ { "id": "N1" }, { "id": "S1" } ],
              "sources": [
                { "name": "clinic", "type": "postgres", "mode": "incremental", "retries": 2, "retryDelaySeconds": 0.2, "connectionString": "{{connection}}",
                  "queries": { "patients": "SELECT id AS patient_id, 'S1' AS clinic_id, dob AS birth_date, sex, modified AS updated_at FROM person WHERE modified > @watermark" } },
                { "name": "north", "type": "csv", "path": "north" }
              ]
            }
            """);
        return path;
    }

    private static async Task ExecuteAsync(string connectionString, params string[] statements)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var statement in statements)
        {
            await using var command = new NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
