using System.CommandLine;
using QiPipeline.Application;
using QiPipeline.Cli.CommandLine;
using QiPipeline.Cli.Progress;

namespace QiPipeline.Cli.Commands;

/// <summary>
/// <c>qi report --config F [--as-of D] [--out DIR]</c>: run the measures on the warehouse and write the
/// monthly QI workbook (internal), the value workbook (aggregates only, small cells suppressed) and the pilot
/// comparison workbook into DIR (default: <c>reports.outputDir</c>, else <c>out/reports</c>, both relative to the
/// configuration file), from the measure run's rows in memory.
/// </summary>
internal static class ReportCommand
{
    public static Command Declare(CliContext context)
    {
        var config = CommonOptions.Config();
        var asOf = CommonOptions.AsOf();
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The folder for the workbooks; default: reports.outputDir, else out/reports, relative to the configuration file.",
            HelpName = "DIR",
        };
        var command = new Command("report", "Compute the measures and write the monthly, value and pilot workbooks (and their charts).")
        {
            config, asOf, output,
        };
        command.SetAction((parsed, cancellationToken) => PipelineHost.RunHoldingAsync(
            parsed.GetRequiredValue(config),
            context,
            (pipeline, token) => RunAsync(pipeline, parsed.GetValue(asOf), parsed.GetValue(output), context, token),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Pipeline pipeline, DateOnly? givenAsOf, string? output, CliContext context, CancellationToken cancellationToken)
    {
        var asOf = await AsOfDates.ResolveAsync(pipeline, givenAsOf, context, cancellationToken);
        var measures = await pipeline.MeasureAsync(MeasureRequest.ForReportsAsOf(asOf, progress: MeasureProgress.For(context)), cancellationToken);
        var report = await pipeline.ReportAsync(new ReportRequest(measures, output), cancellationToken);
        await OutputPaths.WriteAsync(context.Out, new OutputPaths(null, null, null, report.Workbooks, report.Charts));
        return ExitCodes.Success;
    }
}
