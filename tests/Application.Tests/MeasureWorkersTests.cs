using System.Data.Common;
using System.Globalization;
using System.Text;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Output;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Application.Tests;

/// <summary>
/// The measure run on several workers gives what one worker gives, byte for byte: kpis.csv, every
/// kpi_monthly row (strata, sums of ED weights, median days included), patients.csv and kpi_patient.
/// </summary>
public sealed class MeasureWorkersTests(DemoWarehouse demo) : IClassFixture<DemoWarehouse>
{
    [Fact]
    public async Task RunAsync_ThreeWorkers_SameResultsAsOneWorkerByteForByte()
    {
        var one = await RunAsync(workers: 1);
        var three = await RunAsync(workers: 3);

        Assert.Equal(1, one.Workers);
        Assert.Equal(3, three.Workers);
        Assert.True(one.Rows.Count > 1000, $"{one.Rows.Count} kpi rows: too few to prove anything");
        Assert.Contains(one.Rows, r => r.MedianDays is not null);
        Assert.Equal(one.Rows, three.Rows);
        Assert.Equal(one.Kpis, three.Kpis);
        Assert.Equal(one.Patients, three.Patients);
        Assert.Equal(one.Stored, three.Stored);
    }

    private async Task<RunOutput> RunAsync(int workers)
    {
        var pipeline = demo.Pipeline();
        var to = Month.Of(DemoWarehouse.End);
        var context = new MeasureContext(DemoWarehouse.End, to.Plus(-23), to, MeasureParameters.Defaults);
        var runner = new MeasureRunner(pipeline.Warehouse, MeasureFamilies.Create(context, EdClassification.Shipped), context, ["N1", "S1", "E1"], workers);
        var patients = new StringWriter(CultureInfo.InvariantCulture);
        var result = await runner.RunAsync(new PatientCsvWriter(patients).WriteAsync, CancellationToken.None);
        var kpis = new StringWriter(CultureInfo.InvariantCulture);
        await KpiCsv.WriteAsync(kpis, result.Rows);
        return new RunOutput(runner.Workers, result.Rows, kpis.ToString(), patients.ToString(), await StoredUnitsAsync(pipeline));
    }

    /// <summary>kpi_patient of the as-of date, every column, in one fixed order.</summary>
    private static async Task<string> StoredUnitsAsync(Pipeline pipeline)
    {
        await using var connection = await pipeline.Warehouse.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM kpi_patient ORDER BY ALL";
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        var text = new StringBuilder();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{reader.GetValue(i)}|");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private sealed record RunOutput(int Workers, IReadOnlyList<KpiRow> Rows, string Kpis, string Patients, string Stored);
}
