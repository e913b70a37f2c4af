using Microsoft.Extensions.Logging;

namespace QiPipeline.Etl;

/// <summary>
/// The ETL's log messages (event ids 1000-1099). They carry run ids, source and entity names,
/// counts and errors about sources, never patient values or connection strings.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "ETL run {RunId} started for {SourceCount} source(s), run date {RunDate}")]
    public static partial void RunStarted(ILogger logger, string runId, int sourceCount, string runDate);

    [LoggerMessage(1001, LogLevel.Information, "{Source}/{Entity}: read {Read}, loaded {Loaded}, unchanged {Unchanged}, rejected {Rejected}, deleted {Deleted} in {Seconds:F1} s")]
    public static partial void EntityLoaded(ILogger logger, string source, string entity, long read, long loaded, long unchanged, long rejected, long deleted, double seconds);

    [LoggerMessage(1002, LogLevel.Error, "{Source}/{Entity} failed and was rolled back: {Reason}")]
    public static partial void EntityFailed(ILogger logger, string source, string entity, string reason);

    [LoggerMessage(1003, LogLevel.Error, "Source {Source} failed: {Reason}")]
    public static partial void SourceFailed(ILogger logger, string source, string reason);

    [LoggerMessage(1004, LogLevel.Information, "ETL run {RunId} ended: {Status}")]
    public static partial void RunEnded(ILogger logger, string runId, string status);

    [LoggerMessage(1005, LogLevel.Warning, "{Source}/{Entity}: transient failure ({ErrorType}); retry {Attempt} of {Retries} in {Delay:F1} s")]
    public static partial void Retrying(ILogger logger, string source, string entity, int attempt, int retries, double delay, string errorType);

    [LoggerMessage(1006, LogLevel.Error, "Source {Source} timed out after {Seconds} s and was cancelled; its open load was rolled back")]
    public static partial void SourceTimedOut(ILogger logger, string source, string seconds);

    [LoggerMessage(1007, LogLevel.Error, "{Source}/{Entity} loaded its good records, but the source counts as failed: {Reason}")]
    public static partial void TooManyRejects(ILogger logger, string source, string entity, string reason);
}
