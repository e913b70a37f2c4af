using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using QiPipeline.Cli;

using var signals = new StopSignals();

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
});

var context = new CliContext(Console.Out, Console.Error, TimeProvider.System, loggers, ErrorIsTerminal: !Console.IsErrorRedirected);
var code = await QiApp.RunAsync(args, context, signals.Token);

// QiApp does not know which signal stopped the verb; the conventional code says it to the caller.
return code == ExitCodes.Terminated ? signals.ExitCode : code;
