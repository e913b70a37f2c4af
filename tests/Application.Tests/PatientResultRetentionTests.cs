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
