using QiPipeline.Application.Configuration;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Warehouse;

namespace QiPipeline.Application.Tests;

/// <summary>
/// <c>warehouse.keepPatientResults</c> (docs/operations.md "Growth"): after a measure run kpi_patient holds the
/// run's own as-of date and the latest others up to that many as-of dates (default 3); 0 keeps every one.
/// kpi_monthly keeps every as-of date.
/// </summary>
public sealed class PatientResultRetentionTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    private static readonly DateOnly January = new(2025, 1, 31);
    private static readonly DateOnly February = new(2025, 2, 28);
    private static readonly DateOnly March = new(2025, 3, 31);
    private static readonly DateOnly April = new(2025, 4, 30);
    private static readonly DateOnly May = new(2025, 5, 31);

    [Fact]
    public async Task Measure_AsOfDatesInTurn_KeepsTheLatestThreeByDefaultABackfillItsOwnAndZeroEveryOne()
    {
        var byDefault = demo.Pipeline();

        foreach (var asOf in new[] { February, March, April, May })
        {
            await MeasureAsync(byDefault, asOf);
        }

        Assert.Equal([March, April, May], await PatientAsOfDatesAsync(byDefault));

        // A backfill keeps its own as-of date and the two latest others.
        await MeasureAsync(byDefault, January);
        Assert.Equal([January, April, May], await PatientAsOfDatesAsync(byDefault));

        // The monthly results of every run stay.
        Assert.Equal([January, February, March, April, May], await AsOfDatesAsync(byDefault, "kpi_monthly"));

        var keepAll = new Pipeline(
            ConfigurationLoader.Load(demo.ConfigPath, new Dictionary<string, string?> { ["QI_WAREHOUSE__KEEPPATIENTRESULTS"] = "0" }),
            new PipelineClocks(TimeProvider.System, TimeProvider.System),
            Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        await MeasureAsync(keepAll, February);
        Assert.Equal([January, February, April, May], await PatientAsOfDatesAsync(keepAll));
    }

    [Fact]
    public async Task Measure_WithPatientsCsv_ListsEveryEdUnitThereWhileKpiPatientStoresZeroAvoidableAndBhUnitsNot()
    {
        var pipeline = demo.Pipeline();
        var patientsFile = demo.Folder.File("patients-every-unit.csv");
        var to = Month.Of(April);

        await pipeline.MeasureAsync(new MeasureRequest(April, to.Plus(-2), to, PatientsFile: patientsFile), CancellationToken.None);

        // The output contract: patients.csv has one row per unit, and the three ED measures' unit is the
        // attributed patient-month (unit_id = patient_id), so each measure lists the same patient-months.
        var csv = File.ReadLines(patientsFile).Skip(1).Select(line => line.Split(',')).ToList();
        var units = csv
            .Where(f => f[0] is "ed_visits" or "avoidable_ed_visits" or "bh_ed_visits")
            .GroupBy(f => f[0], f => (Clinic: f[1], Period: f[2], Patient: f[3]))
            .ToDictionary(g => g.Key, g => g.ToHashSet());
        Assert.NotEmpty(units["ed_visits"]);
        Assert.Equal(units["ed_visits"], units["avoidable_ed_visits"]);
        Assert.Equal(units["ed_visits"], units["bh_ed_visits"]);

        // The warehouse stores a patient-month once as ed_visits; an avoidable or bh unit only above 0.
        await using var connection = await pipeline.Warehouse.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT measure_id, count(*) FROM kpi_patient WHERE as_of = DATE '2025-04-30' AND measure_id LIKE '%ed_visits' GROUP BY measure_id";
        var stored = new Dictionary<string, long>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stored[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        Assert.Equal(units["ed_visits"].Count, stored["ed_visits"]);
        Assert.True(stored.GetValueOrDefault("avoidable_ed_visits") < units["avoidable_ed_visits"].Count);
    }

    [Fact]
    public void Default_IsThreeAsOfDates()
    {
        Assert.Equal(3, new WarehouseOptions().KeepPatientResults);
    }

    private static async Task MeasureAsync(Pipeline pipeline, DateOnly asOf)
    {
        var to = Month.Of(asOf);
        await pipeline.MeasureAsync(new MeasureRequest(asOf, to.Plus(-2), to), CancellationToken.None);
    }

    private static Task<List<DateOnly>> PatientAsOfDatesAsync(Pipeline pipeline) => AsOfDatesAsync(pipeline, "kpi_patient");

    private static async Task<List<DateOnly>> AsOfDatesAsync(Pipeline pipeline, string table)
    {
        await using var connection = await pipeline.Warehouse.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT DISTINCT as_of FROM {table} ORDER BY as_of";
        await using var reader = await command.ExecuteReaderAsync();
        var dates = new List<DateOnly>();
        while (await reader.ReadAsync())
        {
            dates.Add(reader.GetFieldValue<DateOnly>(0));
        }

        return dates;
    }
}
