using System.Globalization;

namespace QiPipeline.Cli.Commands;

/// <summary>The per-stage table that ends <c>qi run</c>: each stage's seconds and what it processed.</summary>
internal static class StageSummary
{
    private static readonly string[] Headers = ["stage", "seconds", "processed"];

    /// <summary>One stage: its name, wall time, and a count with its unit (rows read, patients, workbooks).</summary>
    public sealed record Stage(string Name, double Seconds, long Count, string Unit);

    public static void Write(TextWriter output, IReadOnlyList<Stage> stages)
    {
        var rows = stages.Select(s => new[]
        {
            s.Name,
            s.Seconds.ToString("F1", CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"{s.Count:N0} {s.Unit}"),
        }).ToList();
        var widths = Headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        output.WriteLine(Line(Headers, widths));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row, widths));
        }
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == 1 ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
}
