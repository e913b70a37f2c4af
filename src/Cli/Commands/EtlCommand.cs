using System.CommandLine;
using QiPipeline.Cli.CommandLine;
using QiPipeline.Cli.Configuration;
using QiPipeline.Cli.Progress;
using QiPipeline.Etl.Configuration;
using QiPipeline.Etl.Loading;

namespace QiPipeline.Cli.Commands;

/// <summary><c>qi etl --config F</c>: extract, validate and load every source; print a summary.</summary>
internal static class EtlCommand
{
    public static Command Declare(CliContext context)
    {
        var config = CommonOptions.Config();
        var command = new Command("etl", "Extract, validate and load every configured source; print the load table.") { config };
        command.SetAction((parsed, cancellationToken) =>
            RunLocks.RunHoldingAsync(parsed.GetRequiredValue(config), context, RunAsync, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(LoadedConfiguration config, CliContext context, CancellationToken cancellationToken)
    {
        var result = await LoadAsync(config, context, cancellationToken);
        EtlSummary.Write(context.Out, result);
        return ExitCodeOf(result);
    }

    /// <summary>Loads every source, showing progress; the caller prints the summary when it suits it.</summary>
    public static async Task<EtlRunResult> LoadAsync(LoadedConfiguration config, CliContext context, CancellationToken cancellationToken)
    {
        var warehouse = config.Warehouse(context.Time);
        var sources = config.Sources.Select(s => SourceFactory.Create(s.Options, s.ConnectionString)).ToList();
        var progress = new EtlProgress(ProgressRenderer.For(context), context.Waits);
        var runner = new EtlRunner(
            warehouse, sources, config.ClinicIds, context.Time, context.Loggers.CreateLogger("QiPipeline.Etl"), timers: context.Waits, progress: progress);
        return await runner.RunAsync(cancellationToken);
    }

    public static int ExitCodeOf(EtlRunResult result) => result.Status switch
    {
        "succeeded" => ExitCodes.Success,
        "partial" => ExitCodes.Partial,
        _ => ExitCodes.Failed,
    };
}
