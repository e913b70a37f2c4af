using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using CsvHelper;
using QiPipeline.Metrics.Comparisons;
using QiPipeline.Metrics.Output;

namespace QiPipeline.Cli.Commands;

/// <summary>
/// <c>qi compare --a X/N --b Y/M</c>: the difference a - b with Newcombe's 95% interval and each proportion's
/// Wilson interval, as CSV rows <c>name,value,lower,upper</c>; small samples are warned on standard error.
/// </summary>
internal static class CompareCommand
{
    public static Command Declare(CliContext context)
    {
        var a = Proportion("--a", "The first proportion, events/total in whole numbers (e.g. 56/70).");
        var b = Proportion("--b", "The second proportion, events/total (e.g. 48/80).");
        var command = new Command("compare", "The difference of two proportions with Newcombe's 95% interval, and each one's Wilson interval, as CSV.")
        {
            a, b,
        };
        command.SetAction((parsed, cancellationToken) =>
            RunAsync(parsed.GetRequiredValue(a), parsed.GetRequiredValue(b), context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Proportion a, Proportion b, CliContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        await using (var csv = Csv.Writer(context.Out))
        {
            csv.WriteRecord(["name", "value", "lower", "upper"]);
            Row(csv, "difference", Newcombe.Difference(a, b));
            Row(csv, "a", Wilson.Score(a));
            Row(csv, "b", Wilson.Score(b));
            await csv.FlushAsync(cancellationToken);
        }

        await context.Out.FlushAsync(cancellationToken);
        foreach (var warning in SmallSample.Check("a", a).Concat(SmallSample.Check("b", b)))
        {
            await context.Error.WriteLineAsync("qi: warning: " + warning);
        }

        return ExitCodes.Success;
    }

    private static Option<Proportion> Proportion(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "X/N",
        Required = true,
        CustomParser = ParseProportion,
    };

    private static Proportion ParseProportion(ArgumentResult result)
    {
        var option = result.Parent is OptionResult parent ? parent.Option.Name : "--?";
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var events)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var total))
        {
            result.AddError($"option {option} must be events/total in whole numbers (e.g. 56/70), not '{text}'");
            return default;
        }

        if (total == 0 || events > total)
        {
            result.AddError($"option {option} '{text}': the total must be at least 1 and at least the events");
            return default;
        }

        return new Proportion(events, total);
    }

    /// <summary>One row; the numbers typed, so a negative difference is written as a number, not escaped as a formula.</summary>
    private static void Row(CsvWriter csv, string name, Interval interval)
    {
        csv.WriteField(name);
        csv.WriteField(interval.Estimate, "R");
        csv.WriteField(interval.Lower, "R");
        csv.WriteField(interval.Upper, "R");
        csv.EndRecord();
    }
}
