using System.Data.Common;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using Npgsql;
using QiPipeline.Etl.Configuration;
using QiPipeline.Etl.Tests.Support;
using QiPipeline.TestSupport;

namespace QiPipeline.Etl.Tests.Sources;

/// <summary>
/// Dates and times as each source type hands them over (issue 11), taken in the source's
/// <c>timeZone</c>, America/New_York: 2021-08-23T03:26:50Z is 23:26:50 EDT (UTC-4) on the 22nd;
/// a timestamp without an offset is already New York time; a whole score written 3.0 is 3.
/// </summary>
public sealed class DateFormsBySourceTests(DuckDbProvider warehouse) : IClassFixture<DuckDbProvider>, IDisposable
{
    private const string Zone = "America/New_York";

    /// <summary>Encounter E1 (UTC), screening S1 (no offset), diagnosis D1 (an offset), as text.</summary>
    private static readonly Dictionary<string, string> TextQueries = new()
    {
        ["patients"] = "SELECT id AS patient_id, 'N1' AS clinic_id, dob AS birth_date, 'F' AS sex FROM person",
        ["encounters"] = "SELECT id AS encounter_id, person AS patient_id, 'N1' AS clinic_id, started AS encounter_date, 'primary_care' AS encounter_type, 'completed' AS status FROM visit",
        ["screenings"] = "SELECT id AS screening_id, person AS patient_id, 'N1' AS clinic_id, taken AS screening_date, 'PHQ-9' AS instrument, total AS score FROM phq",
        ["diagnoses"] = "SELECT id AS diagnosis_id, person AS patient_id, code AS dx_code, noted AS dx_date FROM problem",
    };

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_CsvExtract_TakesDatesInTheSourcesZone()
    {
        var north = _folder.File("north");
        CsvExtract.Write(north, "patients", [Some.Patient("P1")]);
        CsvExtract.Write(north, "encounters", [Some.Encounter("P1", "E1", date: "2021-08-23T03:26:50Z")]);
        CsvExtract.Write(north, "screenings", [Some.Screening("P1", "S1", date: "2021-08-23 03:26:50", score: "3.0")]);
        CsvExtract.Write(north, "diagnoses", [Some.Diagnosis("P1", "D1", date: "2021-08-23T03:26:50.123-05:00")]);

        var harness = await Harness.CreateAsync(warehouse);
        var result = await harness.RunAsync([SourceFactory.Create(new SourceOptions { Name = "north", Type = SourceTypes.Csv, Path = north, TimeZone = Zone }, "")]);

        await AssertDatesAsync(harness, result);
    }

    [Fact]
    public async Task Run_SqliteTextDatesAndScores_TakesDatesInTheSourcesZone()
    {
        var file = _folder.File("south.db");
        await ExecuteAsync(new SqliteConnection($"Data Source={file}"),
            "CREATE TABLE person (id TEXT, dob TEXT)",
            "CREATE TABLE visit (id TEXT, person TEXT, started TEXT)",
            "CREATE TABLE phq (id TEXT, person TEXT, taken TEXT, total TEXT)",
            "CREATE TABLE problem (id TEXT, person TEXT, code TEXT, noted TEXT)",
            "INSERT INTO person VALUES ('P1', '1980-05-17')",
            "INSERT INTO visit VALUES ('E1', 'P1', '2021-08-23T03:26:50Z')",
            "INSERT INTO phq VALUES ('S1', 'P1', '2021-08-23 03:26:50', '3.0')",
            "INSERT INTO problem VALUES ('D1', 'P1', 'F32.1', '2021-08-23T03:26:50.123-05:00')");
        var harness = await Harness.CreateAsync(warehouse);

        var result = await harness.RunAsync([SourceFactory.Create(Options("south", SourceTypes.Sqlite, TextQueries), $"Data Source={file}")]);

        await AssertDatesAsync(harness, result);
    }

    [Fact]
    public async Task Run_PostgresDateAndTimestampTypes_TakesDatesInTheSourcesZone()
    {
        var connectionString = await SharedPostgres.Server.CreateDatabaseAsync("dates");
        await ExecuteAsync(new NpgsqlConnection(connectionString),
            "CREATE TABLE person (id TEXT, dob DATE)",
            "CREATE TABLE visit (id TEXT, person TEXT, started TIMESTAMPTZ)",
            "CREATE TABLE phq (id TEXT, person TEXT, taken TIMESTAMP, total NUMERIC(4,1))",
            "CREATE TABLE problem (id TEXT, person TEXT, code TEXT, noted TEXT)",
            "INSERT INTO person VALUES ('P1', '1980-05-17')",
            "INSERT INTO visit VALUES ('E1', 'P1', '2021-08-23 03:26:50+00')",
            "INSERT INTO phq VALUES ('S1', 'P1', '2021-08-23 03:26:50', 3.0)",
            "INSERT INTO problem VALUES ('D1', 'P1', 'F32.1', '2021-08-23T03:26:50.123-05:00')");
        var harness = await Harness.CreateAsync(warehouse);

        var result = await harness.RunAsync([SourceFactory.Create(Options("clinic_pg", SourceTypes.Postgres, TextQueries), connectionString)]);

        await AssertDatesAsync(harness, result);
    }

    [Fact]
    public async Task Run_FilesSourceOverCsv_TakesDatesInTheSourcesZone()
    {
        var folder = _folder.File("export");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "person.csv"), "id,dob\nP1,1980-05-17\n");
        File.WriteAllText(Path.Combine(folder, "visit.csv"), "id,person,started\nE1,P1,2021-08-23T03:26:50Z\n");
        File.WriteAllText(Path.Combine(folder, "phq.csv"), "id,person,taken,total\nS1,P1,2021-08-23 03:26:50,3.0\n");
        File.WriteAllText(Path.Combine(folder, "problem.csv"), "id,person,code,noted\nD1,P1,F32.1,2021-08-23T03:26:50.123-05:00\n");
        var queries = TextQueries.ToDictionary(q => q.Key, q => FromFiles(q.Value, "read_csv('{0}.csv', all_varchar = true)"));
        var harness = await Harness.CreateAsync(warehouse);

        var result = await harness.RunAsync([SourceFactory.Create(Options("export", SourceTypes.Files, queries, folder), "")]);

        await AssertDatesAsync(harness, result);
    }

    [Fact]
    public async Task Run_FilesSourceOverTypedParquet_TakesDatesInTheSourcesZone()
    {
        var folder = _folder.File("export");
        Directory.CreateDirectory(folder);
        await ExecuteAsync(new DuckDBConnection("Data Source=:memory:"),
            $"COPY (SELECT 'P1' AS id, DATE '1980-05-17' AS dob) TO '{Path.Combine(folder, "person.parquet")}' (FORMAT parquet)",
            $"COPY (SELECT 'E1' AS id, 'P1' AS person, TIMESTAMPTZ '2021-08-23 03:26:50+00' AS started) TO '{Path.Combine(folder, "visit.parquet")}' (FORMAT parquet)",
            $"COPY (SELECT 'S1' AS id, 'P1' AS person, TIMESTAMP '2021-08-23 03:26:50' AS taken, 3.0::DECIMAL(4,1) AS total) TO '{Path.Combine(folder, "phq.parquet")}' (FORMAT parquet)",
            $"COPY (SELECT 'D1' AS id, 'P1' AS person, 'F32.1' AS code, '2021-08-23T03:26:50.123-05:00' AS noted) TO '{Path.Combine(folder, "problem.parquet")}' (FORMAT parquet)");
        var queries = TextQueries.ToDictionary(q => q.Key, q => FromFiles(q.Value, "read_parquet('{0}.parquet')"));
        var harness = await Harness.CreateAsync(warehouse);

        var result = await harness.RunAsync([SourceFactory.Create(Options("export", SourceTypes.Files, queries, folder), "")]);

        await AssertDatesAsync(harness, result);
    }

    /// <summary>The same query with each table replaced by a file read (<c>FROM visit</c> becomes <c>FROM read_csv('visit.csv')</c>).</summary>
    private static string FromFiles(string sql, string reader)
    {
        var table = sql[(sql.LastIndexOf("FROM ", StringComparison.Ordinal) + 5)..];
        return sql[..(sql.Length - table.Length)] + string.Format(System.Globalization.CultureInfo.InvariantCulture, reader, table);
    }

    private static async Task AssertDatesAsync(Harness harness, QiPipeline.Etl.Loading.EtlRunResult result)
    {
        Assert.All(result.Sources.SelectMany(s => s.Entities), e => Assert.Null(e.Error));
        Assert.Equal("succeeded", result.Status);
        Assert.Equal("1980-05-17", await harness.ScalarAsync("SELECT CAST(birth_date AS VARCHAR) FROM patients WHERE patient_id = 'P1'"));
        Assert.Equal("2021-08-22", await harness.ScalarAsync("SELECT CAST(encounter_date AS VARCHAR) FROM encounters WHERE encounter_id = 'E1'"));
        Assert.Equal("2021-08-23", await harness.ScalarAsync("SELECT CAST(screening_date AS VARCHAR) FROM screenings WHERE screening_id = 'S1'"));
        Assert.Equal("3", await harness.ScalarAsync("SELECT CAST(score AS VARCHAR) FROM screenings WHERE screening_id = 'S1'"));
        Assert.Equal("2021-08-23", await harness.ScalarAsync("SELECT CAST(dx_date AS VARCHAR) FROM diagnoses WHERE diagnosis_id = 'D1'"));
    }

    private static SourceOptions Options(string name, string type, Dictionary<string, string> queries, string? path = null) =>
        new() { Name = name, Type = type, Path = path, Queries = queries, TimeZone = Zone };

    private static async Task ExecuteAsync(DbConnection connection, params string[] statements)
    {
        await using (connection)
        {
            await connection.OpenAsync();
            foreach (var statement in statements)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = statement;
                await command.ExecuteNonQueryAsync();
            }
        }
    }
}
