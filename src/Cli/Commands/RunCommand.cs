using System.CommandLine;
using System.Globalization;
using QiPipeline.Application;
using QiPipeline.Cli.CommandLine;
using QiPipeline.Cli.Progress;

namespace QiPipeline.Cli.Commands;

/// <summary>
/// <c>qi run --config F [--as-of D]</c>: the monthly job. Load every source, compute every
/// measure, write kpis.csv, patients.csv and the three workbooks into the reports folder. A run whose sources all failed
/// stops before the measures (exit 3), so nobody presents last month's data as this month's;
/// a partial load still reports, and exits 2 so the scheduler's log shows it.
/// </summary>
internal static class RunCommand
{
    public static Command Declare(CliContext context)
    {
        var config = CommonOptions.Config();
        var asOf = CommonOptions.AsOf();
        var command = new Command("run", "The monthly job: load every source, then compute the measures and write kpis.csv, patients.csv, "
            + "the workbooks and charts into reports.outputDir.")
        {
            config, asOf,
        };
        command.SetAction((parsed, cancellationToken) => PipelineHost.RunHoldingAsync(
            parsed.GetRequiredValue(config),
            context,
            (pipeline, token) => RunPipelineAsync(pipeline, parsed.GetValue(asOf), context, token),
            cancellationToken));
        return command;
    }

    /// <summary>
    /// The job itself, also what <c>qi schedule</c> and <c>qi demo</c> run (holding the run lock). Progress goes to
    /// standard error as it runs; standard output gets the as-of line, then the load's per-source table, the per-stage
    /// table (seconds, peak memory, what was processed) and, last, the paths it wrote.
    /// </summary>
    public static async Task<int> RunPipelineAsync(Pipeline pipeline, DateOnly? asOf, CliContext context, CancellationToken cancellationToken)
    {
        var stages = new List<StageSummary.Stage>();
        var started = context.Waits.GetTimestamp();
        var load = await pipeline.LoadAsync(EtlCommand.Request(context), cancellationToken);
        stages.Add(new StageSummary.Stage("etl", Seconds(context, ref started), load.RowsRead, "rows read"));
        var code = EtlCommand.ExitCodeOf(load.Run);
        if (load.NothingLoaded)
        {
            EtlSummary.Write(context.Out, load.Run);
            await context.Error.WriteLineAsync("qi: every source failed; measures and reports were not computed");
            return code;
        }

        var day = await AsOfDates.ResolveAsync(pipeline, asOf, context, cancellationToken);
        var folder = ReportSettings.OutputFolder(pipeline.Configuration);
        Directory.CreateDirectory(folder);
        var kpis = Path.Combine(folder, "kpis.csv");
        var patients = Path.Combine(folder, "patients.csv");
        var measures = await pipeline.MeasureAsync(MeasureRequest.ForReportsAsOf(day, kpis, patients, MeasureProgress.For(context)), cancellationToken);
        stages.Add(new StageSummary.Stage("kpis", Seconds(context, ref started), measures.Patients, "patients"));
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"measures: {measures.Patients:N0} patients, {measures.Units:N0} units"));
        var report = await pipeline.ReportAsync(new ReportRequest(measures, folder), cancellationToken);
        stages.Add(new StageSummary.Stage("report", Seconds(context, ref started), report.Workbooks.Count, "workbooks"));

        await context.Out.WriteLineAsync();
        EtlSummary.Write(context.Out, load.Run);
        await context.Out.WriteLineAsync();
        StageSummary.Write(context.Out, stages);
        await context.Out.WriteLineAsync();
        await OutputPaths.WriteAsync(context.Out, new OutputPaths(pipeline.Configuration.WarehouseDisplayName, kpis, patients, report.Workbooks, report.Charts));
        return code;
    }

    /// <summary>Seconds since <paramref name="since"/>, which moves on to now for the next stage.</summary>
    private static double Seconds(CliContext context, ref long since)
    {
        var seconds = context.Waits.GetElapsedTime(since).TotalSeconds;
        since = context.Waits.GetTimestamp();
        return seconds;
    }
}
