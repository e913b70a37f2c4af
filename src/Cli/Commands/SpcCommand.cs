using System.Globalization;
using QiPipeline.Cli.Configuration;
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

    public static async Task<int> RunAsync(Arguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var name = arguments.Required("chart");
        var type = Charts.TryGetValue(name, out var chart)
            ? chart
            : throw new ConfigurationException($"option --chart '{name}' is not one of {string.Join(", ", Charts.Keys)}");
        var input = arguments.Required("input");
        var output = arguments.Required("out");
        var options = new SpcOptions
        {
            FreezeAfter = arguments.OptionalInt("freeze", 1, int.MaxValue),
            BreaksAfter = PointList(arguments, "part"),
            Excluded = PointList(arguments, "exclude").Select(p => p - 1).ToList(),
            ScreenMovingRanges = arguments.Flag("screen-mr"),
        };
        arguments.EnsureAllUsed("spc");

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

    /// <summary>1-based point numbers separated by commas.</summary>
    private static List<int> PointList(Arguments arguments, string option)
    {
        var text = arguments.Optional(option);
        if (text is null)
        {
            return [];
        }

        var points = new List<int>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries))
        {
            points.Add(int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var point) && point >= 1
                ? point
                : throw new ConfigurationException($"option --{option} must be point numbers from 1, separated by commas, not '{text}'"));
        }

        return points;
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
