using System.CommandLine;
using QiPipeline.Application;
using QiPipeline.Cli.CommandLine;
using QiPipeline.Cli.Progress;
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
            PipelineHost.RunHoldingAsync(parsed.GetRequiredValue(config), context, (pipeline, token) => RunAsync(pipeline, context, token), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Pipeline pipeline, CliContext context, CancellationToken cancellationToken)
    {
        var result = await pipeline.LoadAsync(Request(context), cancellationToken);
        EtlSummary.Write(context.Out, result.Run);
        return ExitCodeOf(result.Run);
    }

    /// <summary>A load with its progress shown on the context's standard error.</summary>
    public static LoadRequest Request(CliContext context) => new(new EtlProgress(ProgressRenderer.For(context), context.Waits));

    public static int ExitCodeOf(EtlRunResult result) => result.Status switch
    {
        "succeeded" => ExitCodes.Success,
        "partial" => ExitCodes.Partial,
        _ => ExitCodes.Failed,
    };
}
