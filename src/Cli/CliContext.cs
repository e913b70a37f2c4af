using Microsoft.Extensions.Logging;

namespace QiPipeline.Cli;

/// <summary>What a command needs from the outside world, injectable for tests.</summary>
/// <param name="Out">Where results go (summaries, tables).</param>
/// <param name="Error">Where one-line errors go.</param>
/// <param name="Time">The clock (the run date, as-of defaults).</param>
/// <param name="Loggers">The log sink (standard error in the real program).</param>
/// <param name="Environment">Environment variables to use instead of the process's, or null.</param>
/// <param name="ErrorIsTerminal">
/// Whether standard error is a terminal: progress is then one line rewritten in place, else
/// plain lines fit for a log. Decided here, not by the renderer, so tests choose.
/// </param>
/// <param name="Timers">
/// The clock that retry delays, source time limits, progress throttling and stage timings run
/// on; real time when null, so tests may fix <paramref name="Time"/> and still let waits pass.
/// </param>
internal sealed record CliContext(
    TextWriter Out,
    TextWriter Error,
    TimeProvider Time,
    ILoggerFactory Loggers,
    IReadOnlyDictionary<string, string?>? Environment = null,
    bool ErrorIsTerminal = false,
    TimeProvider? Timers = null)
{
    /// <summary>The clock for waits and durations: <see cref="Timers"/>, or real time.</summary>
    public TimeProvider Waits => Timers ?? TimeProvider.System;
}
