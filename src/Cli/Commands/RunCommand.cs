using System.Globalization;
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
    public static async Task<int> RunAsync(Arguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var config = arguments.Required("config");
        var asOf = arguments.OptionalDate("as-of");
        arguments.EnsureAllUsed("run");
        return await RunPipelineAsync(config, asOf, context, cancellationToken);
    }

    /// <summary>
    /// The job itself, also what <c>qi schedule</c> runs; the configuration is read anew each time.
    /// It ends with the load's per-source table and a per-stage table (seconds, what was processed).
    /// </summary>
    public static async Task<int> RunPipelineAsync(string configPath, DateOnly? asOf, CliContext context, CancellationToken cancellationToken)
    {
        var config = ConfigurationLoader.Load(configPath, context.Environment);
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

        var day = asOf ?? DateOnly.FromDateTime(context.Time.GetLocalNow().DateTime);
        var to = Month.Of(day);
        var folder = ReportCommand.OutputFolder(config);
        Directory.CreateDirectory(folder);
        var kpis = Path.Combine(folder, "kpis.csv");
        var patients = Path.Combine(folder, "patients.csv");
        var collectors = new ReportCollectors();
        var result = await KpisCommand.ComputeAsync(config, day, to.Plus(-23), to, kpis, patients, context, cancellationToken, collectors);
        stages.Add(new StageSummary.Stage("kpis", Seconds(context, ref started), result.Patients, "patients"));
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"as of {day:yyyy-MM-dd}: {result.Patients:N0} patients, {result.Units:N0} units; wrote {kpis} and {patients}"));
        var workbooks = await ReportCommand.WriteWorkbooksAsync(config, day, result.Rows, folder, context, cancellationToken, collectors);
        stages.Add(new StageSummary.Stage("report", Seconds(context, ref started), workbooks.Count, "workbooks"));
        foreach (var path in workbooks)
        {
            await context.Out.WriteLineAsync($"wrote {path}");
        }

        await context.Out.WriteLineAsync();
        EtlSummary.Write(context.Out, etl);
        await context.Out.WriteLineAsync();
        StageSummary.Write(context.Out, stages);
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
