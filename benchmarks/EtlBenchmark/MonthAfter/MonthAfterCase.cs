using System.Globalization;

namespace QiPipeline.EtlBenchmark.MonthAfter;

/// <summary>
/// <c>qi run</c> the month after: a network whose sources are all incremental runs September into a new
/// warehouse, then October into the same one from extracts holding only October's changes, and that
/// October run is timed against a from-scratch run of every record into a new warehouse. Both end in the
/// same records, so their kpis.csv should match; the comparison says how far they do.
/// </summary>
internal static class MonthAfterCase
{
    /// <summary>The last day of the previous month's extracts.</summary>
    public static readonly DateOnly Cut = new(2026, 9, 30);

    private static readonly string[] CsvSources = ["north", "east"];

    /// <returns>0, or 2 when any qi run exited 2 (a source failed): a partial run is not a measurement.</returns>
    public static async Task<int> RunAsync(string qi, string dataFolder, string workFolder)
    {
        if (Directory.Exists(workFolder))
        {
            Directory.Delete(workFolder, recursive: true);
        }

        string Work(params string[] parts) => Path.Combine([workFolder, .. parts]);
        foreach (var source in CsvSources)
        {
            var (previous, delta) = MonthlyCsvExtract.Split(Path.Combine(dataFolder, source), Work("complete", source), Work("previous", source), Work("october", source), Cut);
            Console.WriteLine($"{source}: {previous:N0} rows up to {Cut:yyyy-MM-dd} (or undated), {delta:N0} after");
        }

        File.Copy(Path.Combine(dataFolder, "south.db"), Work("complete", "south.db"));
        var cutRows = await SouthCut.WriteAsync(Path.Combine(dataFolder, "south.db"), Work("previous", "south.db"), Cut);
        Console.WriteLine($"south: {cutRows:N0} rows changed after {Cut:yyyy-MM-dd} left out of the previous month's database");

        // October's folder has only the CSV deltas: its south is the complete database, read after the watermark.
        Directory.CreateDirectory(Work("october"));
        var generated = Path.Combine(dataFolder, "qi.json");
        var complete = await MonthAfterConfig.WriteAsync(generated, Work("complete"), Work("complete", "north"), Work("complete", "east"), Work("complete", "south.db"));
        var previousMonth = await MonthAfterConfig.WriteAsync(generated, Work("previous"), Work("previous", "north"), Work("previous", "east"), Work("previous", "south.db"));
        var october = await MonthAfterConfig.WriteAsync(generated, Work("october"), Work("october", "north"), Work("october", "east"), Work("complete", "south.db"));

        var partial = false;
        async Task<StageTable> Run(string name, string config, DateOnly asOf, string warehouse, string output)
        {
            Console.WriteLine($"{name}: load average before {LoadAverage()}");
            var run = await PipelineCase.RunAsync(qi, config, asOf, warehouse, output);
            Console.WriteLine($"{name}: load average after {LoadAverage()}");
            if (run.ExitCode == PipelineRun.PartialExitCode)
            {
                // A failed source means fewer records loaded and a faster, meaningless run: say so where it cannot be missed.
                partial = true;
                var warning = $"!!! {name}: qi run exited 2 (a source failed, the rest ran); its time is not comparable.\n{run.ErrorTail}";
                Console.WriteLine(warning);
                await Console.Error.WriteLineAsync(warning);
            }

            return StageTable.Parse(run.Table);
        }

        var scratch = await Run("from scratch", complete, DataSet.End, Work("runs", "scratch", "warehouse.duckdb"), Work("runs", "scratch"));
        var setup = await Run("previous month", previousMonth, Cut, Work("runs", "monthly", "warehouse.duckdb"), Work("runs", "monthly", "previous"));
        var after = await Run("month after", october, DataSet.End, Work("runs", "monthly", "warehouse.duckdb"), Work("runs", "monthly", "october"));

        Console.WriteLine();
        Console.WriteLine(scratch.ToMarkdown($"From scratch: every record, new warehouse, as of {DataSet.End:yyyy-MM-dd}"));
        Console.WriteLine(setup.ToMarkdown($"Previous month (setup): records up to {Cut:yyyy-MM-dd}, new warehouse, as of {Cut:yyyy-MM-dd}"));
        Console.WriteLine(after.ToMarkdown($"Month after: October's changes only, same warehouse, as of {DataSet.End:yyyy-MM-dd}"));
        Console.WriteLine(after.RatioMarkdown(scratch, "month after", "from scratch"));
        var (_, summary) = await KpiComparison.CompareAsync(Work("runs", "scratch", "reports", "kpis.csv"), Work("runs", "monthly", "october", "reports", "kpis.csv"));
        Console.WriteLine(summary);
        Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, load average now {LoadAverage()}");
        return partial ? PipelineRun.PartialExitCode : 0;
    }

    /// <summary>The 1, 5 and 15 minute load averages: the machine is shared, so every time needs its load beside it.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "unknown";
}
