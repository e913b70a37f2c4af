using System.CommandLine;
using System.Globalization;
using QiPipeline.Application.Configuration;
using QiPipeline.Cli.CommandLine;
using QiPipeline.Metrics.Spc;

namespace QiPipeline.Cli.Commands;

/// <summary>
/// <c>qi spc --chart C --input F --out G [--freeze N] [--part N,M..] [--exclude N,M..] [--screen-mr]</c>: one
/// chart of a CSV series, written as a table analysts can set beside qicharts2's. Points are numbered from 1.
/// </summary>
internal static partial class SpcCommand
{
    /// <summary>The chart names of the command line, as qicharts2 spells them (pp and up for p′ and u′).</summary>
    private static readonly Dictionary<string, ChartType> Charts = new(StringComparer.Ordinal)
    {
        ["run"] = ChartType.Run,
        ["i"] = ChartType.Individuals,
        ["mr"] = ChartType.MovingRange,
        ["p"] = ChartType.P,
        ["u"] = ChartType.U,
        ["c"] = ChartType.C,
        ["pp"] = ChartType.PPrime,
        ["up"] = ChartType.UPrime,
    };

    public static Command Declare(CliContext context)
    {
        var chart = new Option<string>("--chart")
        {
            Description = "The chart: run, i, mr, p, u, c, pp (p prime) or up (u prime).",
            HelpName = "TYPE",
            Required = true,
            CustomParser = result =>
            {
                var name = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (!Charts.ContainsKey(name))
                {
                    result.AddError($"option --chart '{name}' is not one of {string.Join(", ", Charts.Keys)}");
                }

                return name;
            },
        };
        var input = new Option<string>("--input", "-i")
        {
            Description = "The series: a CSV file with columns x,y (and n for p, u, pp, up charts).",
            HelpName = "FILE",
            Required = true,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Where the chart's table goes (CSV: limits and signals per point).",
            HelpName = "FILE",
            Required = true,
        };
        var freeze = new Option<int?>("--freeze")
        {
            Description = "Compute the limits from the first N points only (a baseline) and extend them.",
            HelpName = "N",
            CustomParser = OptionParsers.WholeNumber(1, int.MaxValue),
        };
        var part = new Option<List<int>>("--part")
        {
            Description = "Start a new phase after these points (1-based, separated by commas), e.g. at a go-live.",
            HelpName = "N,M..",
            CustomParser = OptionParsers.PointList,
        };
        var exclude = new Option<List<int>>("--exclude")
        {
            Description = "Leave these points (1-based, separated by commas) out of the limits; they are still plotted.",
            HelpName = "N,M..",
            CustomParser = OptionParsers.PointList,
        };
        var screen = new Option<bool>("--screen-mr")
        {
            Description = "Screen out moving ranges above the upper range limit before computing an i chart's limits.",
        };
        var command = new Command("spc", "One SPC chart of a CSV series: its limits and signals per point, as CSV.")
        {
            chart, input, output, freeze, part, exclude, screen,
        };
        command.SetAction((parsed, cancellationToken) =>
        {
            var options = new SpcOptions
            {
                FreezeAfter = parsed.GetValue(freeze),
                BreaksAfter = parsed.GetValue(part) ?? [],
                Excluded = (parsed.GetValue(exclude) ?? []).Select(p => p - 1).ToList(),
                ScreenMovingRanges = parsed.GetValue(screen),
            };
            return RunAsync(parsed.GetRequiredValue(chart), parsed.GetRequiredValue(input), parsed.GetRequiredValue(output), options, context, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(string name, string input, string output, SpcOptions options, CliContext context, CancellationToken cancellationToken)
    {
        var type = Charts[name];
        var series = await ReadAsync(input, type, cancellationToken);
        SpcChart result;
        try
        {
            result = SpcCalculator.Compute(type, series.Observations, options);
        }
        catch (ArgumentException e)
        {
            throw new ConfigurationException($"{input}: {e.Message}");
        }

        await WriteAsync(output, series.Labels, result, cancellationToken);
        await context.Out.WriteLineAsync(Summary(name, result, output));
        return ExitCodes.Success;
    }

    private static string Summary(string name, SpcChart chart, string output)
    {
        var beyond = chart.Points.Where(p => p.SigmaSignal).Select(p => (p.Index + 1).ToString(CultureInfo.InvariantCulture)).ToList();
        var runs = chart.Parts.Where(p => p.Runs?.Signal == true).Select(p => p.Number.ToString(CultureInfo.InvariantCulture)).ToList();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{name} chart: {chart.Points.Count} points in {chart.Parts.Count} part(s); beyond the limits: {(beyond.Count == 0 ? "none" : string.Join(",", beyond))}; "
            + $"runs signal in part: {(runs.Count == 0 ? "none" : string.Join(",", runs))}; wrote {output}");
    }
}
