using System.CommandLine;
using System.CommandLine.Invocation;
using System.Data.Common;
using QiPipeline.Application.Configuration;
using QiPipeline.Cli.CommandLine;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Locking;

namespace QiPipeline.Cli;

/// <summary>
/// The <c>qi</c> command: dispatches a verb and maps failures to exit codes at this one
/// boundary. A user's mistake prints one line, never a stack trace.
/// </summary>
internal static class QiApp
{
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        var invocation = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,

            // Failures are mapped to exit codes below, and Ctrl+C and SIGTERM are the caller's (StopSignals).
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        var root = QiCommandLine.Create(context);
        if (args.Length == 0)
        {
            // qi alone is not a run: the help says what to type, and the exit code says nothing was done.
            await root.Parse(["--help"]).InvokeAsync(invocation, cancellationToken);
            return ExitCodes.BadArguments;
        }

        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            await context.Error.WriteLineAsync("qi: " + OneLine(FirstError(parsed)));
            return ExitCodes.BadArguments;
        }

        try
        {
            return await parsed.InvokeAsync(invocation, cancellationToken);
        }
        catch (ConfigurationException e)
        {
            await context.Error.WriteLineAsync("qi: " + e.Message);
            return ExitCodes.BadArguments;
        }
        catch (WarehouseLockedException e)
        {
            await context.Error.WriteLineAsync("qi: " + e.Message);
            return ExitCodes.Failed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("qi: stopped; the transaction in progress was rolled back (a load's etl_run status is 'cancelled'); run again to finish");
            return ExitCodes.Terminated;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("qi: cancelled");
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is WarehouseException or DbException or IOException or UnauthorizedAccessException)
        {
            // A driver's message may quote a patient value or a setting: only our own messages go out whole.
            await context.Error.WriteLineAsync($"qi: nothing could be done: {OneLine(e is WarehouseException ? e.Message : SafeError.Describe(e))}");
            return ExitCodes.Failed;
        }
    }

    /// <summary>The error to show: a token qi does not know first (it is the usual typo), else the parser's first.</summary>
    private static string FirstError(ParseResult parsed)
    {
        if (parsed.UnmatchedTokens.Count == 0)
        {
            return parsed.Errors[0].Message;
        }

        var command = parsed.CommandResult.Command is RootCommand ? "qi" : "qi " + parsed.CommandResult.Command.Name;
        return $"'{parsed.UnmatchedTokens[0]}' is not a command or option of {command} ({command} --help lists them)";
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
