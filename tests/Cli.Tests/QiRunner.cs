using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace QiPipeline.Cli.Tests;

/// <summary>Runs the <c>qi</c> command in-process and captures what a user would see.</summary>
internal static class QiRunner
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(
        IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 7, 1, 12, 0, 0, TimeSpan.Zero));
        var context = new CliContext(output, error, time, NullLoggerFactory.Instance, environment ?? new Dictionary<string, string?>());
        var code = await QiApp.RunAsync(args, context, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    public static Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args) => RunAsync(null, args);
}
