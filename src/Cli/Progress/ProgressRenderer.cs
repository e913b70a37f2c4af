namespace QiPipeline.Cli.Progress;

/// <summary>
/// Shows a long stage's progress on standard error, throttled: updates closer together than
/// <see cref="Interval"/> are dropped, while a completion is always shown. Thread-safe, since the
/// ETL reports from its reading thread.
/// </summary>
internal abstract class ProgressRenderer
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _timers;
    private long _lastWrite;

    /// <summary>Creates a renderer writing to <paramref name="output"/>, timing on <paramref name="timers"/>.</summary>
    protected ProgressRenderer(TextWriter output, TimeProvider timers)
    {
        Output = output;
        _timers = timers;
        _lastWrite = timers.GetTimestamp();
    }

    /// <summary>Where progress goes.</summary>
    protected TextWriter Output { get; }

    /// <summary>The shortest time between two updates.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>The renderer for the context: one line rewritten in place on a terminal, plain lines otherwise.</summary>
    public static ProgressRenderer For(CliContext context) =>
        context.ErrorIsTerminal ? new TerminalProgressRenderer(context.Error, context.Waits) : new PlainProgressRenderer(context.Error, context.Waits);

    /// <summary>Shows <paramref name="text"/> unless the last line was shown less than <see cref="Interval"/> ago.</summary>
    public void Update(string text)
    {
        lock (_gate)
        {
            if (_timers.GetElapsedTime(_lastWrite) < Interval)
            {
                return;
            }

            _lastWrite = _timers.GetTimestamp();
            WriteUpdate(text);
        }
    }

    /// <summary>Shows the final line of a step (an entity loaded, the measures computed), always.</summary>
    public void Complete(string text)
    {
        lock (_gate)
        {
            _lastWrite = _timers.GetTimestamp();
            WriteComplete(text);
        }
    }

    /// <summary>Writes an update that passed the throttle.</summary>
    protected abstract void WriteUpdate(string text);

    /// <summary>Writes a step's final line.</summary>
    protected abstract void WriteComplete(string text);
}
