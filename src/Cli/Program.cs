using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using QiPipeline.Cli;

using var signals = new StopSignals();
var errorIsTerminal = !Console.IsErrorRedirected;

using var loggers = LoggerFactory.Create(logging =>
{
    logging.SetMinimumLevel(LogLevel.Information);
    logging.AddSimpleConsole(o =>
    {
        o.SingleLine = true;
        o.TimestampFormat = "HH:mm:ss ";
    });

    // Logs go to standard error, so standard output holds only results (summaries, tables).
    logging.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    if (errorIsTerminal)
    {
        // On a terminal the progress line already says what each entity and the measure pass did, and the
        // tables repeat it: the loader's and the measures' information logs would say it a third time.
        // Redirected (a log file, a service manager) they stay, as the record of the run.
        logging.AddFilter("QiPipeline.Etl", LogLevel.Warning);
        logging.AddFilter("QiPipeline.Metrics", LogLevel.Warning);
    }
});

var context = new CliContext(Console.Out, Console.Error, TimeProvider.System, loggers, ErrorIsTerminal: errorIsTerminal);
var code = await QiApp.RunAsync(args, context, signals.Token);

// QiApp does not know which signal stopped the verb; the conventional code says it to the caller.
return code == ExitCodes.Terminated ? signals.ExitCode : code;
