using System.Diagnostics;
using System.Globalization;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.EtlBenchmark;

/// <summary>
/// Where the measure run's time goes (<c>--case duckdb:N:profile</c>): the same warehouse read
/// several times, each pass doing one stage more (read the timelines; evaluate the families;
/// aggregate; the delete of the previous results, rolled back), then the whole run; each stage's cost is the difference between passes. Wall and
/// process CPU seconds go to standard error, counts only (no patient values).
/// </summary>
internal static class MeasureProfile
{
    public static async Task<Measurement> RunAsync(string folder)
    {
        var asOf = DataSet.End;
        var context = new MeasureContext(asOf, Month.Of(asOf).Plus(-23), Month.Of(asOf), MeasureParameters.Defaults);
        var warehouse = new WarehouseConnection(new DuckDbDialect(), $"Data Source={MeasureCase.WarehouseFile(folder)}", TimeProvider.System);
        var families = MeasureFamilies.Create(context, EdClassification.Shipped);
        var ids = families.SelectMany(f => f.MeasureIds).ToList();
        long patients = 0;

        await Pass("read timelines", async () =>
        {
            await foreach (var _ in new TimelineReader(warehouse).ReadAsync(asOf, CancellationToken.None))
            {
                patients++;
            }
        });

        await Pass("read + evaluate", async () =>
        {
            var units = new List<UnitResult>();
            await foreach (var timeline in new TimelineReader(warehouse).ReadAsync(asOf, CancellationToken.None))
            {
                units.Clear();
                foreach (var family in families)
                {
                    family.Evaluate(timeline, units);
                }
            }
        });

        await Pass("read + evaluate + aggregate", async () =>
        {
            var units = new List<UnitResult>();
            var aggregator = new KpiAggregator(ids, ["N1", "S1", "E1"], context);
            await foreach (var timeline in new TimelineReader(warehouse).ReadAsync(asOf, CancellationToken.None))
            {
                units.Clear();
                foreach (var family in families)
                {
                    family.Evaluate(timeline, units);
                }

                aggregator.Add(timeline.Patient, units);
            }

            _ = aggregator.Rows().Count();
        });

        await Pass("delete the as-of date's previous kpi_patient rows (rolled back)", async () =>
        {
            await using var connection = await warehouse.OpenAsync(CancellationToken.None);
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"DELETE FROM kpi_patient WHERE as_of = DATE '{asOf:yyyy-MM-dd}'");
            await command.ExecuteNonQueryAsync();
            await transaction.RollbackAsync();
        });

        var clock = Stopwatch.StartNew();
        await Pass("whole run", async () =>
        {
            var runner = new MeasureRunner(warehouse, families, context, ["N1", "S1", "E1"]);
            await runner.RunAsync(null, CancellationToken.None);
        });
        clock.Stop();
        return Measurement.Of(patients, clock);
    }

    private static async Task Pass(string name, Func<Task> pass)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await pass();
        clock.Stop();
        process.Refresh();
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name}: wall {clock.Elapsed.TotalSeconds:F1} s, cpu {(process.TotalProcessorTime - cpu).TotalSeconds:F1} s"));
    }
}
