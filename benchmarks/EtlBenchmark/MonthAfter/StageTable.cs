using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace QiPipeline.EtlBenchmark.MonthAfter;

/// <summary>qi run's closing stage table read back: per stage its seconds, the peak MB when it ended, and what it processed.</summary>
internal sealed partial record StageTable(IReadOnlyList<StageTable.Stage> Stages)
{
    public double TotalSeconds => Stages.Sum(s => s.Seconds);

    public double PeakMb => Stages.Max(s => s.PeakMb);

    /// <summary>Parses the lines <see cref="PipelineCase"/> returns: a header, then one stage a line, columns two or more spaces apart.</summary>
    public static StageTable Parse(IReadOnlyList<string> lines) =>
        new(lines.Skip(1).Select(line => Columns().Split(line.Trim()) switch
        {
            [var name, var seconds, var peak, var processed] => new Stage(
                name,
                double.Parse(seconds, CultureInfo.InvariantCulture),
                double.Parse(peak, NumberStyles.AllowThousands, CultureInfo.InvariantCulture),
                processed),
            _ => throw new FormatException($"not a stage line: {line}"),
        }).ToList());

    public string ToMarkdown(string title)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{title}\n\n| stage | seconds | peak MB | processed |\n|---|---:|---:|---|\n");
        foreach (var stage in Stages)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {stage.Name} | {stage.Seconds:F1} | {stage.PeakMb:N0} | {stage.Processed} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"| total | {TotalSeconds:F1} | {PeakMb:N0} | |\n");
        return text.ToString();
    }

    /// <summary>This run's seconds against <paramref name="baseline"/>'s, per stage and in total.</summary>
    public string RatioMarkdown(StageTable baseline, string name, string baselineName)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"| stage | {baselineName} s | {name} s | {name} / {baselineName} |\n|---|---:|---:|---:|\n");
        foreach (var stage in Stages)
        {
            var before = baseline.Stages.FirstOrDefault(s => s.Name == stage.Name);
            text.Append(CultureInfo.InvariantCulture, $"| {stage.Name} | {before?.Seconds:F1} | {stage.Seconds:F1} | {(before is { Seconds: > 0 } ? (stage.Seconds / before.Seconds).ToString("P0", CultureInfo.InvariantCulture) : "")} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"| total | {baseline.TotalSeconds:F1} | {TotalSeconds:F1} | {TotalSeconds / baseline.TotalSeconds:P0} |\n");
        return text.ToString();
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex Columns();

    public sealed record Stage(string Name, double Seconds, double PeakMb, string Processed);
}
