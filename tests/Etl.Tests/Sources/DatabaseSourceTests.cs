using Microsoft.Data.Sqlite;
using Npgsql;
using QiPipeline.Etl.Configuration;
using QiPipeline.Etl.Loading;
using QiPipeline.Etl.Tests.Support;
using QiPipeline.TestSupport;

namespace QiPipeline.Etl.Tests.Sources;

/// <summary>
/// Clinic databases with their own schemas, mapped by one query per entity, loaded into a
/// DuckDB warehouse: SQLite files and a real PostgreSQL server.
/// </summary>
public sealed class DatabaseSourceTests(DuckDbProvider warehouse) : IClassFixture<DuckDbProvider>, IDisposable
{
    private static readonly Dictionary<string, string> Queries = new()
    {
        ["patients"] = """
            SELECT person_key AS patient_id, site AS clinic_id, dob AS birth_date,
                   CASE gender WHEN 'female' THEN 'F' WHEN 'male' THEN 'M' ELSE 'U' END AS sex,
                   modified AS updated_at
            FROM person
            """,
        ["encounters"] = """
            SELECT appt_id AS encounter_id, person_key AS patient_id, site AS clinic_id, appt_day AS encounter_date,
                   'primary_care' AS encounter_type,
                   CASE appt_status WHEN 'CMP' THEN 'completed' WHEN 'NOS' THEN 'no_show' ELSE 'cancelled' END AS status,
                   modified AS updated_at
            FROM appointment WHERE modified > @watermark
            """,
    };

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_SqliteSourceWithItsOwnSchema_LoadsThroughTheQueries()
    {
        var file = _folder.File("south.db");
        await SeedAsync(new SqliteConnection($"Data Source={file}"));
        var harness = await Harness.CreateAsync(warehouse);

        var result = await harness.RunAsync([SourceFactory.Create(Source("south", SourceTypes.Sqlite, "incremental"), $"Data Source={file}")]);

        Assert.Equal("succeeded", result.Status);
        Assert.Equal(2, await harness.CountAsync("encounters", "source = 'south'"));
        Assert.Equal("no_show", await harness.ScalarAsync("SELECT status FROM encounters WHERE encounter_id = 'A2'"));
        Assert.Equal("M", await harness.ScalarAsync("SELECT sex FROM patients WHERE patient_id = 'K2'"));
    }

    [Fact]
    public async Task Run_SqliteSourceWithWatermarkInTheQuery_ReadsOnlyNewerRows()
    {
        var file = _folder.File("south.db");
        await SeedAsync(new SqliteConnection($"Data Source={file}"));
        var harness = await Harness.CreateAsync(warehouse);
        var source = SourceFactory.Create(Source("south", SourceTypes.Sqlite, "incremental"), $"Data Source={file}");
        await harness.RunAsync([source]);
        await ExecuteAsync(new SqliteConnection($"Data Source={file}"),
            "INSERT INTO appointment VALUES ('A3', 'K1', 'S1', '2025-04-02', 'CMP', '2025-04-02T10:00:00')");

        var second = await harness.RunAsync([source]);

        var encounters = second.Sources[0].Entities.Single(e => e.Entity == "encounters");
        Assert.Equal((1L, 1L), (encounters.Read, encounters.Loaded));
        Assert.Equal(3, await harness.CountAsync("encounters"));
    }

    [Fact]
    public async Task Run_MissingSqliteFile_FailsThatSourceAloneWithoutCreatingIt()
    {
        var missing = _folder.File("nowhere.db");
        CsvExtract.Write(_folder.File("north"), "patients", [Some.Patient("P1")]);
        var harness = await Harness.CreateAsync(warehouse);

        var result = await harness.RunAsync(
        [
            SourceFactory.Create(Source("south", SourceTypes.Sqlite, null), $"Data Source={missing}"),
            new ConfiguredSource(new QiPipeline.Etl.Sources.CsvSource("north", _folder.File("north")), LoadMode.Snapshot),
        ]);

        Assert.Equal("partial", result.Status);
        Assert.NotNull(result.Sources[0].Error);
        Assert.All(result.Sources[0].Entities, e => Assert.Equal(EntityLoadResult.SkippedStatus, e.Status));
        Assert.True(result.Sources[1].Succeeded);
        Assert.False(File.Exists(missing));
        Assert.Equal(2, await harness.CountAsync("etl_run_entity", $"run_id = '{result.RunId}' AND source = 'south' AND status = 'skipped'"));
    }

    [Fact]
    public async Task Run_PostgresSource_LoadsThroughTheQueries()
    {
        var connectionString = await SharedPostgres.Server.CreateDatabaseAsync("src");
        await SeedAsync(new NpgsqlConnection(connectionString));
        var harness = await Harness.CreateAsync(warehouse);

        var result = await harness.RunAsync([SourceFactory.Create(Source("clinic_pg", SourceTypes.Postgres, "incremental"), connectionString)]);

        Assert.Equal("succeeded", result.Status);
        Assert.Equal(2, await harness.CountAsync("encounters", "source = 'clinic_pg'"));
        Assert.Equal("2025-03-02", await harness.ScalarAsync("SELECT CAST(encounter_date AS VARCHAR) FROM encounters WHERE encounter_id = 'A2'"));
    }

    [Fact]
    public async Task Run_PostgresSourceThatIsDown_FailsAloneAndTheOtherSourceLoads()
    {
        CsvExtract.Write(_folder.File("north"), "patients", [Some.Patient("P1")]);
        var harness = await Harness.CreateAsync(warehouse);
        var down = "Host=127.0.0.1;Port=1;Username=qi;Password=secret-value;Database=x;Timeout=3";

        var result = await harness.RunAsync(
        [
            SourceFactory.Create(Source("clinic_pg", SourceTypes.Postgres, null), down),
            new ConfiguredSource(new QiPipeline.Etl.Sources.CsvSource("north", _folder.File("north")), LoadMode.Snapshot),
        ]);

        Assert.Equal("partial", result.Status);
        Assert.Contains("cannot be reached", result.Sources[0].Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-value", result.Sources[0].Error, StringComparison.Ordinal);
        Assert.Equal(1, await harness.CountAsync("patients", "source = 'north'"));
    }

    [Theory]
    [InlineData("dx_rest AS other_dx", "F32.9;R45.851", null)]
    [InlineData("NULL AS unused", null, null)]
    public async Task Run_SqliteEdVisitsQuery_OtherDxFromTheColumnAliasedAsItElseNull(string otherDx, string? first, string? second)
    {
        var file = _folder.File("south.db");
        await SeedAsync(new SqliteConnection($"Data Source={file}"));
        await ExecuteAsync(new SqliteConnection($"Data Source={file}"),
            "CREATE TABLE er_visit (visit_key TEXT, person_key TEXT, visit_day TEXT, dx1 TEXT, admit_flag INTEGER, dx_rest TEXT)",
            "INSERT INTO er_visit VALUES ('EV1', 'K1', '2025-03-05', 'T14.91XA', 0, ' F32.9; R45.851 '), ('EV2', 'K1', '2025-03-06', 'J06.9', 0, NULL)");
        var queries = new Dictionary<string, string>(Queries)
        {
            ["ed_visits"] = $"""
                SELECT visit_key AS ed_visit_id, person_key AS patient_id, visit_day AS visit_date, dx1 AS primary_dx,
                       CASE admit_flag WHEN 1 THEN 'true' ELSE 'false' END AS admitted, {otherDx}
                FROM er_visit
                """,
        };
        var harness = await Harness.CreateAsync(warehouse);

        var result = await harness.RunAsync([SourceFactory.Create(new SourceOptions { Name = "south", Type = SourceTypes.Sqlite, Queries = queries }, $"Data Source={file}")]);

        Assert.Equal("succeeded", result.Status);
        Assert.Equal(first, await harness.ScalarAsync("SELECT other_dx FROM ed_visits WHERE ed_visit_id = 'EV1'"));
        Assert.Equal(second, await harness.ScalarAsync("SELECT other_dx FROM ed_visits WHERE ed_visit_id = 'EV2'"));
    }

    [Theory]
    [InlineData("WITH d AS (DELETE FROM person RETURNING *) SELECT person_key AS patient_id, site AS clinic_id, dob AS birth_date, 'F' AS sex FROM d")]
    [InlineData("DELETE FROM person; SELECT person_key AS patient_id, site AS clinic_id, dob AS birth_date, 'F' AS sex FROM person")]
    [InlineData("COMMIT; DELETE FROM person; SELECT person_key AS patient_id, site AS clinic_id, dob AS birth_date, 'F' AS sex FROM person")]
    public async Task Run_PostgresMappingQueryThatWrites_FailsAndDeletesNothing(string query)
    {
        var connectionString = await SharedPostgres.Server.CreateDatabaseAsync("src");
        await SeedAsync(new NpgsqlConnection(connectionString));
        var harness = await Harness.CreateAsync(warehouse);
        var options = new SourceOptions { Name = "clinic_pg", Type = SourceTypes.Postgres, Queries = new Dictionary<string, string> { ["patients"] = query } };

        var result = await harness.RunAsync([SourceFactory.Create(options, connectionString)]);

        var patients = result.Sources[0].Entities.Single(e => e.Entity == "patients");
        Assert.Equal(EntityLoadResult.FailedStatus, patients.Status);
        Assert.Contains("25006", patients.Error, StringComparison.Ordinal); // read_only_sql_transaction
        Assert.Equal(2L, await CountPersonsAsync(new NpgsqlConnection(connectionString)));
    }

    [Fact]
    public async Task Run_SqliteOpenedReadWriteByItsConnectionString_StillCannotBeChanged()
    {
        var file = _folder.File("south.db");
        await SeedAsync(new SqliteConnection($"Data Source={file}"));
        var harness = await Harness.CreateAsync(warehouse);
        var options = new SourceOptions
        {
            Name = "south",
            Type = SourceTypes.Sqlite,
            Queries = new Dictionary<string, string> { ["patients"] = "DELETE FROM person RETURNING person_key AS patient_id, site AS clinic_id, dob AS birth_date, 'F' AS sex" },
        };

        var result = await harness.RunAsync([SourceFactory.Create(options, $"Data Source={file};Mode=ReadWrite")]);

        Assert.Equal(EntityLoadResult.FailedStatus, result.Sources[0].Entities.Single(e => e.Entity == "patients").Status);
        Assert.Equal(2L, await CountPersonsAsync(new SqliteConnection($"Data Source={file}")));
    }

    private static async Task<long> CountPersonsAsync(System.Data.Common.DbConnection connection)
    {
        await using (connection)
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM person";
            return System.Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static SourceOptions Source(string name, string type, string? mode) => new() { Name = name, Type = type, Mode = mode, Queries = Queries };

    /// <summary>
    /// The same small EHR-like schema in SQLite (dates and timestamps as text, as SQLite keeps
    /// them) and PostgreSQL (real date and timestamp columns).
    /// </summary>
    private static async Task SeedAsync(System.Data.Common.DbConnection connection)
    {
        var (date, timestamp) = connection is NpgsqlConnection ? ("DATE", "TIMESTAMP") : ("TEXT", "TEXT");
        await ExecuteAsync(connection,
            $"CREATE TABLE person (person_key TEXT, site TEXT, dob {date}, gender TEXT, modified {timestamp})",
            $"CREATE TABLE appointment (appt_id TEXT, person_key TEXT, site TEXT, appt_day {date}, appt_status TEXT, modified {timestamp})",
            "INSERT INTO person VALUES ('K1', 'S1', '1975-04-03', 'female', '2025-03-01T09:00:00'), ('K2', 'S1', '2001-12-24', 'male', '2025-03-01T09:00:00')",
            "INSERT INTO appointment VALUES ('A1', 'K1', 'S1', '2025-03-01', 'CMP', '2025-03-01T09:00:00'), ('A2', 'K2', 'S1', '2025-03-02', 'NOS', '2025-03-02T09:00:00')");
    }

    private static async Task ExecuteAsync(System.Data.Common.DbConnection connection, params string[] statements)
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
