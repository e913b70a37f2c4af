namespace QiPipeline.Cli.Progress;

/// <summary>
/// Progress for a person at a terminal: one line rewritten in place (a carriage return, the
/// text, spaces over what a longer previous text left), at most four times a second; a step's
/// final line ends with a newline, so it stays on screen.
/// </summary>
internal sealed class TerminalProgressRenderer(TextWriter output, TimeProvider timers) : ProgressRenderer(output, timers)
{
    /// <summary>The shortest time between two rewrites of the line.</summary>
    public static readonly TimeSpan RewriteInterval = TimeSpan.FromMilliseconds(250);

    private int _shown;

    protected override TimeSpan Interval => RewriteInterval;

    protected override void WriteUpdate(string text)
    {
        Output.Write("\r" + Padded(text));
        Output.Flush();
        _shown = text.Length;
    }

    protected override void WriteComplete(string text)
    {
        Output.Write("\r" + Padded(text) + Environment.NewLine);
        Output.Flush();
        _shown = 0;
    }

    private string Padded(string text) => text.Length >= _shown ? text : text + new string(' ', _shown - text.Length);
}
