using System.Data.Common;
using QiPipeline.Cli.Commands;
using QiPipeline.Cli.Configuration;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Locking;

namespace QiPipeline.Cli;

/// <summary>
/// The <c>qi</c> command: dispatches a verb and maps failures to exit codes at this one
/// boundary. A user's mistake prints one line, never a stack trace.
/// </summary>
internal static class QiApp
{
    public const string Usage = """
        usage: qi VERB [options]
          demo [--out DIR] [--patients N] [--seed S]   generate the synthetic clinics (if absent) and load them
          etl --config FILE                            extract, validate and load every configured source
          kpis --config FILE [--as-of D] [--from YYYY-MM] [--to YYYY-MM] [--out kpis.csv] [--patients patients.csv]
                                                       compute every measure; store and write the results
          run --config FILE [--as-of D]                etl, then kpis and reports (kpis.csv, patients.csv) into reports.outputDir
          schedule --config FILE --cron "0 6 1 * *" [--time-zone TZ]
                                                       run on a cron schedule (default: machine time zone) until stopped
          report --config FILE [--as-of D] [--out DIR]   compute the measures and write the monthly QI workbook
          spc --chart run|i|mr|p|u|c|pp|up --input F.csv --out F.csv [--freeze N] [--part N,M..] [--exclude N,M..] [--screen-mr]   chart columns x,y(,n): limits and signals per point
          compare --a X/N --b Y/M                      the difference of two proportions with Newcombe's and Wilson's 95% intervals
        exit codes: 0 success, 1 bad arguments or configuration, 2 some sources failed, 3 nothing could be done
          (or another run holds the warehouse lock), 130 stopped by Ctrl+C, 143 stopped by SIGTERM
        """;

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await context.Out.WriteLineAsync(Usage);
            return args.Length == 0 ? ExitCodes.BadArguments : ExitCodes.Success;
        }

        try
        {
            var arguments = Arguments.Parse(args[1..]);
            return args[0] switch
            {
                "etl" => await RunLocks.RunHoldingAsync(arguments, context, EtlCommand.RunAsync, cancellationToken),
                "demo" => await DemoCommand.RunAsync(arguments, context, cancellationToken),
                "kpis" => await RunLocks.RunHoldingAsync(arguments, context, KpisCommand.RunAsync, cancellationToken),
                "run" => await RunLocks.RunHoldingAsync(arguments, context, RunCommand.RunAsync, cancellationToken),
                "schedule" => await ScheduleCommand.RunAsync(arguments, context, cancellationToken),
                "report" => await RunLocks.RunHoldingAsync(arguments, context, ReportCommand.RunAsync, cancellationToken),
                "spc" => await SpcCommand.RunAsync(arguments, context, cancellationToken),
                "compare" => await CompareCommand.RunAsync(arguments, context, cancellationToken),
                _ => throw new ConfigurationException($"unknown verb '{args[0]}' (qi --help lists them)"),
            };
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

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
