using System.Globalization;
using QiPipeline.SampleData;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// End to end: synthetic clinics -> qi etl -> qi kpis, on DuckDB and on PostgreSQL, checked
/// against the output contract of kpis.csv (README.md) and the measures of docs/measures.md.
/// </summary>
public sealed class KpisCommandTests : IClassFixture<KpisCommandTests.Clinics>
{
    // The in-process qi runs on 2025-07-01 (QiRunner's clock), so the clinics end before it.
    private const string AsOf = "2025-06-15";
    private static readonly string[] Measures =
    [
        "depression_screening", "anxiety_screening", "substance_use_screening", "sdoh_screening", "depression_followup",
        "referral_engagement", "warm_handoff", "bh_visit_attendance", "bh_telehealth_share", "phq9_followup_6m", "depression_response_6m",
        "depression_remission_6m", "depression_remission_12m", "phq9_utilization", "gad7_response_6m", "gad7_remission_6m",
        "psych_consult_nonimprovers", "antidepressant_acute", "antidepressant_continuation",
        "ed_visits", "avoidable_ed_visits", "bh_ed_visits", "ed_bh_followup_7d", "ed_bh_followup_30d", "satisfaction_top_box",
    ];

    private static readonly string[] Statuses = ["final", "pending"];

    private readonly Clinics _clinics;

    public KpisCommandTests(Clinics clinics) => _clinics = clinics;

    [Fact]
    public async Task Kpis_DuckDbAndPostgres_WriteIdenticalContractFiles()
    {
        var duck = await _clinics.KpisAsync("duckdb");
        var postgres = await _clinics.KpisAsync("postgres");

        Assert.Equal(duck.Kpis, postgres.Kpis);
        Assert.Equal(duck.Patients, postgres.Patients);
    }

    [Fact]
    public async Task Kpis_OnTheDemoClinics_FollowTheOutputContract()
    {
        var (kpis, patients) = await _clinics.KpisAsync("duckdb");
        var lines = kpis.TrimEnd('\n').Split('\n');

        Assert.Equal("measure_id,clinic_id,period,numerator,denominator,rate,status", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(Measures.Length * 4 * 24, rows.Count);
        Assert.Equal(Measures, rows.Select(r => r[0]).Distinct());
        Assert.Equal(["N1", "S1", "E1", "ALL"], rows.Select(r => r[1]).Distinct());
        Assert.Equal("2023-07", rows[0][2]);
        Assert.Equal("2025-06", rows.Max(r => r[2]));
        Assert.All(rows, r => Assert.Contains(r[6], Statuses));
        foreach (var r in rows)
        {
            var numerator = double.Parse(r[3], CultureInfo.InvariantCulture);
            var denominator = long.Parse(r[4], CultureInfo.InvariantCulture);
            Assert.Equal(denominator == 0 ? "" : (numerator / denominator).ToString("R", CultureInfo.InvariantCulture), r[5] == "" ? "" : double.Parse(r[5], CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
        }

        foreach (var group in rows.GroupBy(r => (r[0], r[2])))
        {
            var network = group.Single(r => r[1] == "ALL");
            var clinics = group.Where(r => r[1] != "ALL").ToList();
            Assert.Equal(long.Parse(network[4], CultureInfo.InvariantCulture), clinics.Sum(r => long.Parse(r[4], CultureInfo.InvariantCulture)));
            Assert.Equal(double.Parse(network[3], CultureInfo.InvariantCulture), clinics.Sum(r => double.Parse(r[3], CultureInfo.InvariantCulture)), tolerance: 1e-9);
            Assert.Equal(network[6] == "pending", clinics.Any(r => r[6] == "pending"));
        }

        Assert.StartsWith("measure_id,clinic_id,period,patient_id,unit_id,in_denominator,excluded,in_numerator,pending\n", patients, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpis_DemoStory_ShowsPilotScreeningRisingAndTheComparisonFlat()
    {
        var (kpis, _) = await _clinics.KpisAsync("duckdb");
        var rows = kpis.TrimEnd('\n').Split('\n').Skip(1).Select(l => l.Split(',')).Where(r => r[0] == "depression_screening").ToList();

        double Rate(string clinic, string from, string to)
        {
            var window = rows.Where(r => r[1] == clinic && string.CompareOrdinal(r[2], from) >= 0 && string.CompareOrdinal(r[2], to) <= 0).ToList();
            return window.Sum(r => double.Parse(r[3], CultureInfo.InvariantCulture)) / window.Sum(r => double.Parse(r[4], CultureInfo.InvariantCulture));
        }

        // The generator's go-live for N1 is 2024-04-01 (13 months before the end month): before it vs the last 6 months.
        Assert.True(Rate("N1", "2023-07", "2024-03") < 0.5, "N1 before go-live");
        Assert.True(Rate("N1", "2024-12", "2025-05") > 0.65, "N1 after go-live");
        Assert.InRange(Rate("E1", "2024-12", "2025-05"), 0.2, 0.55);
    }

    [Fact]
    public async Task Kpis_DuckDb_StoresEveryListedUnitAndRowInTheWarehouse()
    {
        var (kpis, patients) = await _clinics.KpisAsync("duckdb");
        var units = patients.TrimEnd('\n').Split('\n').Skip(1).Select(l => l.Split(',')).ToList();

        await using var warehouse = new DuckDB.NET.Data.DuckDBConnection($"Data Source={_clinics.DuckDbWarehouse}");
        await warehouse.OpenAsync();
        await using var command = warehouse.CreateCommand();
        command.CommandText = $"SELECT COUNT(*), CAST(SUM(CASE WHEN in_numerator THEN 1 ELSE 0 END) AS BIGINT), CAST(SUM(CASE WHEN pending THEN 1 ELSE 0 END) AS BIGINT) FROM kpi_patient WHERE as_of = DATE '{AsOf}'";
        // patients.csv lists every unit; kpi_patient stores an avoidable or behavioral-health ED patient-month only
        // when its value is above 0, that is when it is in the numerator (docs/measures.md, Units).
        var stored = units.Where(u => u[0] is not ("avoidable_ed_visits" or "bh_ed_visits") || u[7] == "true").ToList();
        Assert.True(stored.Count < units.Count, "no zero-valued ED unit left out of kpi_patient");
        await using (var reader = await command.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            Assert.Equal(stored.Count, reader.GetInt64(0));
            Assert.Equal(stored.Count(u => u[7] == "true"), reader.GetInt64(1));
            Assert.Equal(stored.Count(u => u[8] == "true"), reader.GetInt64(2));
        }

        command.CommandText = $"SELECT COUNT(*) FROM kpi_monthly WHERE as_of = DATE '{AsOf}' AND stratum = 'all'";
        Assert.Equal((long)(kpis.TrimEnd('\n').Split('\n').Length - 1), await command.ExecuteScalarAsync());
    }

    /// <summary>The synthetic clinics, generated and loaded once for the class.</summary>
    public sealed class Clinics : IAsyncLifetime, IDisposable
    {
        private readonly TempDirectory _folder = new("qi-kpis");
        private readonly Dictionary<string, (string Kpis, string Patients)> _results = [];
        private string _config = "";

        /// <summary>The DuckDB warehouse the demo configuration names (../warehouse.duckdb).</summary>
        public string DuckDbWarehouse => _folder.File("warehouse.duckdb");

        public async Task InitializeAsync()
        {
            var demo = await ClinicGenerator.GenerateAsync(_folder.File("demo"), new GeneratorOptions { Patients = 600, End = new DateOnly(2025, 5, 31) }, CancellationToken.None);
            _config = demo.ConfigPath;
        }

        public async Task<(string Kpis, string Patients)> KpisAsync(string provider)
        {
            if (_results.TryGetValue(provider, out var done))
            {
                return done;
            }

            var environment = new Dictionary<string, string?>();
            if (provider == "postgres")
            {
                environment["QI_WAREHOUSE__PROVIDER"] = "postgres";
                environment["QI_WAREHOUSE__CONNECTIONSTRING"] = await SharedPostgres.Server.CreateDatabaseAsync("kpis");
            }

            var (etl, etlOut, etlError) = await QiRunner.RunAsync(environment, "etl", "--config", _config);
            Assert.True(etl == 0, etlError + etlOut);
            var kpis = _folder.File($"kpis-{provider}.csv");
            var patients = _folder.File($"patients-{provider}.csv");
            var (code, output, error) = await QiRunner.RunAsync(environment, "kpis", "--config", _config, "--as-of", AsOf, "--out", kpis, "--patients", patients);
            Assert.True(code == 0, error + output);
            _results[provider] = (await File.ReadAllTextAsync(kpis), await File.ReadAllTextAsync(patients));
            return _results[provider];
        }

        public Task DisposeAsync()
        {
            Dispose();
            return Task.CompletedTask;
        }

        public void Dispose() => _folder.Dispose();
    }
}
