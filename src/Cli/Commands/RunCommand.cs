using System.CommandLine;
using System.Globalization;
using QiPipeline.Cli.CommandLine;
using QiPipeline.Cli.Configuration;
using QiPipeline.Metrics.Timeline;

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
        command.SetAction((parsed, cancellationToken) => RunLocks.RunHoldingAsync(
            parsed.GetRequiredValue(config),
            context,
            (loaded, ctx, token) => RunPipelineAsync(loaded, parsed.GetValue(asOf), ctx, token),
            cancellationToken));
        return command;
    }

    /// <summary>
    /// The job itself, also what <c>qi schedule</c> and <c>qi demo</c> run on a configuration each loaded.
    /// It prints the load's per-source table, the per-stage table (seconds, what was processed) and, last,
    /// the paths it wrote.
    /// </summary>
    public static async Task<int> RunPipelineAsync(LoadedConfiguration config, DateOnly? asOf, CliContext context, CancellationToken cancellationToken)
    {
        var stages = new List<StageSummary.Stage>();
        var started = context.Waits.GetTimestamp();
        var etl = await EtlCommand.LoadAsync(config, context, cancellationToken);
        stages.Add(new StageSummary.Stage("etl", Seconds(context, ref started), etl.Sources.SelectMany(s => s.Entities).Sum(e => e.Read), "rows read"));
        var load = EtlCommand.ExitCodeOf(etl);
        if (load == ExitCodes.Failed)
        {
            EtlSummary.Write(context.Out, etl);
            await context.Error.WriteLineAsync("qi: every source failed; measures and reports were not computed");
            return load;
        }

        var day = await AsOfDates.ResolveAsync(config, asOf, context, cancellationToken);
        var to = Month.Of(day);
        var folder = ReportCommand.OutputFolder(config);
        Directory.CreateDirectory(folder);
        var kpis = Path.Combine(folder, "kpis.csv");
        var patients = Path.Combine(folder, "patients.csv");
        var collectors = new ReportCollectors();
        var result = await KpisCommand.ComputeAsync(config, day, to.Plus(-23), to, kpis, patients, context, cancellationToken, collectors);
        stages.Add(new StageSummary.Stage("kpis", Seconds(context, ref started), result.Patients, "patients"));
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"measures: {result.Patients:N0} patients, {result.Units:N0} units"));
        var workbooks = await ReportCommand.WriteWorkbooksAsync(config, day, result.Rows, folder, context, cancellationToken, collectors);
        stages.Add(new StageSummary.Stage("report", Seconds(context, ref started), workbooks.Count, "workbooks"));

        await context.Out.WriteLineAsync();
        EtlSummary.Write(context.Out, etl);
        await context.Out.WriteLineAsync();
        StageSummary.Write(context.Out, stages);
        await context.Out.WriteLineAsync();
        await OutputPaths.WriteAsync(context.Out, new OutputPaths(
            config.WarehouseDisplayName, kpis, patients, workbooks, Path.Combine(ReportCommand.ChartsFolder(config, folder), to.ToString())));
        return load;
    }

    /// <summary>Seconds since <paramref name="since"/>, which moves on to now for the next stage.</summary>
    private static double Seconds(CliContext context, ref long since)
    {
        var seconds = context.Waits.GetElapsedTime(since).TotalSeconds;
        since = context.Waits.GetTimestamp();
        return seconds;
    }
}
