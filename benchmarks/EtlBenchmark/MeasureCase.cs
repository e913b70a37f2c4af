using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using QiPipeline.Etl.Loading;
using QiPipeline.Etl.Sources;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.EtlBenchmark;

/// <summary>
/// The measure run (<c>qi kpis</c> without the CSV files): every measure for every patient of a
/// DuckDB warehouse loaded once per size (<c>load</c>, not timed) and kept for reuse.
/// </summary>
internal static class MeasureCase
{
    private static readonly HashSet<string> Clinics = ["N1", "S1", "E1"];

    public static string WarehouseFile(string folder) => Path.Combine(folder, "measures-warehouse.duckdb");

    public static async Task<Measurement> LoadAsync(string folder)
    {
        var sources = DataSet.CsvFolders(folder)
            .Select(f => new ConfiguredSource(new CsvSource(Path.GetFileName(f), f), LoadMode.Snapshot))
            .ToList();
        var warehouse = new WarehouseConnection(new DuckDbDialect(), $"Data Source={WarehouseFile(folder)}", TimeProvider.System);
        var clock = Stopwatch.StartNew();
        var result = await new EtlRunner(warehouse, sources, Clinics, TimeProvider.System, NullLogger.Instance).RunAsync(CancellationToken.None);
        return Measurement.Of(result.Sources.SelectMany(s => s.Entities).Sum(e => e.Read), clock);
    }

    public static async Task<Measurement> RunAsync(string folder)
    {
        var asOf = DataSet.End;
        var context = new MeasureContext(asOf, Month.Of(asOf).Plus(-23), Month.Of(asOf), MeasureParameters.Defaults);
        var warehouse = new WarehouseConnection(new DuckDbDialect(), $"Data Source={WarehouseFile(folder)}", TimeProvider.System);
        var runner = new MeasureRunner(warehouse, MeasureFamilies.Create(context, EdClassification.Shipped), context, ["N1", "S1", "E1"]);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await runner.RunAsync(null, CancellationToken.None);
        clock.Stop();
        Console.Error.WriteLine($"{result.Patients:N0} patients, {result.Units:N0} units, wall {clock.Elapsed.TotalSeconds:F1} s, cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1} s");
        return Measurement.Of(result.Patients, clock);
    }
}
