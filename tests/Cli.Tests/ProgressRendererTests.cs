using Microsoft.Extensions.Time.Testing;
using QiPipeline.Cli.Progress;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// Progress output: plain lines for logs at most every 10 s plus each step's end; on a terminal
/// one line rewritten in place (carriage return) at most every 250 ms.
/// </summary>
public sealed class ProgressRendererTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly StringWriter _output = new();

    public void Dispose() => _output.Dispose();

    [Fact]
    public void Plain_UpdatesCloserThanTenSeconds_DroppedButEveryCompletionShown()
    {
        var renderer = new PlainProgressRenderer(_output, _time);

        renderer.Update("a"); // at the start: nothing for 10 s
        _time.Advance(TimeSpan.FromSeconds(10));
        renderer.Update("b");
        _time.Advance(TimeSpan.FromSeconds(5));
        renderer.Update("c");
        renderer.Complete("d");
        _time.Advance(TimeSpan.FromSeconds(9));
        renderer.Update("e"); // 9 s after the completion
        _time.Advance(TimeSpan.FromSeconds(1));
        renderer.Update("f");

        Assert.Equal("b\nd\nf\n", _output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Terminal_RewritesOneLineInPlaceAtMostFourTimesASecond()
    {
        var renderer = new TerminalProgressRenderer(_output, _time);

        renderer.Update("too soon");
        _time.Advance(TimeSpan.FromMilliseconds(250));
        renderer.Update("north/patients: 4,096 rows");
        _time.Advance(TimeSpan.FromMilliseconds(100));
        renderer.Update("dropped");
        _time.Advance(TimeSpan.FromMilliseconds(150));
        renderer.Update("north/patients: 8,192");
        renderer.Complete("north/patients: 9,000 rows, 90 rows/s");

        Assert.Equal(
            "\rnorth/patients: 4,096 rows"
            + "\rnorth/patients: 8,192     " // spaces over the end of the longer line before
            + "\rnorth/patients: 9,000 rows, 90 rows/s" + Environment.NewLine,
            _output.ToString());
    }

    [Theory]
    [InlineData(12_346, 0.456, 2.0, "north/patients: 12,346 rows (46%), 6,173 rows/s")]
    [InlineData(500, null, 0.5, "north/patients: 500 rows, 1,000 rows/s")]
    [InlineData(0, null, 0.0, "north/patients: 0 rows")]
    public void Format_CountPercentAndRate(long count, double? fraction, double seconds, string expected) =>
        Assert.Equal(expected, ProgressText.Format("north/patients", count, "rows", fraction, TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void For_ContextDecidesTerminalOrPlain()
    {
        var plain = new CliContext(_output, _output, _time, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);

        Assert.IsType<PlainProgressRenderer>(ProgressRenderer.For(plain));
        Assert.IsType<TerminalProgressRenderer>(ProgressRenderer.For(plain with { ErrorIsTerminal = true }));
    }
}
