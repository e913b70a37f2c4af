using System.Globalization;
using QiPipeline.Cli.Configuration;
using QiPipeline.Metrics.Comparisons;

namespace QiPipeline.Cli.Commands;

/// <summary>
/// <c>qi compare --a X/N --b Y/M</c>: the difference a - b with Newcombe's 95% interval and each proportion's
/// Wilson interval, as CSV rows <c>name,value,lower,upper</c>; small samples are warned on standard error.
/// </summary>
internal static class CompareCommand
{
    public static async Task<int> RunAsync(Arguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var a = ParseProportion(arguments, "a");
        var b = ParseProportion(arguments, "b");
        arguments.EnsureAllUsed("compare");
        cancellationToken.ThrowIfCancellationRequested();

        await context.Out.WriteLineAsync("name,value,lower,upper");
        await context.Out.WriteLineAsync(Row("difference", Newcombe.Difference(a, b)));
        await context.Out.WriteLineAsync(Row("a", Wilson.Score(a)));
        await context.Out.WriteLineAsync(Row("b", Wilson.Score(b)));
        foreach (var warning in SmallSample.Check("a", a).Concat(SmallSample.Check("b", b)))
        {
            await context.Error.WriteLineAsync("qi: warning: " + warning);
        }

        return ExitCodes.Success;
    }

    private static Proportion ParseProportion(Arguments arguments, string option)
    {
        var text = arguments.Required(option);
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var events)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var total))
        {
            throw new ConfigurationException($"option --{option} must be events/total in whole numbers (e.g. 56/70), not '{text}'");
        }

        if (total == 0 || events > total)
        {
            throw new ConfigurationException($"option --{option} '{text}': the total must be at least 1 and at least the events");
        }

        return new Proportion(events, total);
    }

    private static string Row(string name, Interval interval) => string.Join(
        ',',
        name,
        interval.Estimate.ToString("R", CultureInfo.InvariantCulture),
        interval.Lower.ToString("R", CultureInfo.InvariantCulture),
        interval.Upper.ToString("R", CultureInfo.InvariantCulture));
}
