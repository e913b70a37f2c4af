using Microsoft.Extensions.Logging;

namespace QiPipeline.Cli;

/// <summary>What a command needs from the outside world, injectable for tests.</summary>
/// <param name="Out">Where results go (summaries, tables).</param>
/// <param name="Error">Where one-line errors go.</param>
/// <param name="Time">The clock (the run date, as-of defaults).</param>
/// <param name="Loggers">The log sink (standard error in the real program).</param>
/// <param name="Environment">Environment variables to use instead of the process's, or null.</param>
internal sealed record CliContext(
    TextWriter Out,
    TextWriter Error,
    TimeProvider Time,
    ILoggerFactory Loggers,
    IReadOnlyDictionary<string, string?>? Environment = null);
