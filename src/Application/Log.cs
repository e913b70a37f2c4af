using Microsoft.Extensions.Logging;

namespace QiPipeline.Application;

/// <summary>The pipeline's log messages (event ids 2000-2009 and 2020-2029, beside qi's own): counts and timings only.</summary>
internal static partial class Log
{
    [LoggerMessage(2000, LogLevel.Information, "Measures computed for {Patients} patients, {Units} units, in {Seconds:F1} s")]
    public static partial void Computed(ILogger logger, long patients, long units, double seconds);

    [LoggerMessage(2020, LogLevel.Warning, "{Count} run(s) left 'running' by a process that died were marked 'abandoned'")]
    public static partial void RunsAbandoned(ILogger logger, int count);
}
