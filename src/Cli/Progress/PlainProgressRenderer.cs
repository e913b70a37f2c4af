namespace QiPipeline.Cli.Progress;

/// <summary>
/// Progress for a log file (redirected standard error, CI, a scheduler's log): whole lines, at
/// most one every ten seconds while a step runs, and one at each step's end.
/// </summary>
internal sealed class PlainProgressRenderer(TextWriter output, TimeProvider timers) : ProgressRenderer(output, timers)
{
    /// <summary>The shortest time between two progress lines in a log.</summary>
    public static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(10);

    protected override TimeSpan Interval => LineInterval;

    protected override void WriteUpdate(string text) => Output.WriteLine(text);

    protected override void WriteComplete(string text) => Output.WriteLine(text);
}
