using Microsoft.Extensions.Logging;

namespace QiPipeline.Cli;

/// <summary>The command line's log messages (event ids 2010-2019; the pipeline's own are in QiPipeline.Application.Log): counts and timings only.</summary>
internal static partial class Log
{
    [LoggerMessage(2010, LogLevel.Information, "Next scheduled run at {Next}")]
    public static partial void NextRun(ILogger logger, string next);

    [LoggerMessage(2011, LogLevel.Information, "Scheduled run ended with exit code {Code}")]
    public static partial void RunEnded(ILogger logger, int code);

    [LoggerMessage(2012, LogLevel.Error, "Scheduled run failed: {Reason}; waiting for the next occurrence")]
    public static partial void RunFailed(ILogger logger, string reason);

    [LoggerMessage(2013, LogLevel.Information, "Schedule stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(2014, LogLevel.Warning, "Scheduled run skipped: {Reason}; waiting for the next occurrence")]
    public static partial void RunSkipped(ILogger logger, string reason);

    [LoggerMessage(2015, LogLevel.Information, "Schedule stopping (a run in progress rolls back its open transaction, waited for at most {Seconds} s)")]
    public static partial void Stopping(ILogger logger, double seconds);
}
