using Microsoft.Extensions.Logging;

namespace QiPipeline.Cli;

/// <summary>The command line's log messages (event ids 2000-2099): counts and timings only.</summary>
internal static partial class Log
{
    [LoggerMessage(2000, LogLevel.Information, "Measures computed for {Patients} patients, {Units} units, in {Seconds:F1} s")]
    public static partial void Computed(ILogger logger, long patients, long units, double seconds);
}
