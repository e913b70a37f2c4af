using System.Globalization;

namespace QiPipeline.Cli.Commands;

/// <summary>
/// The per-stage table that ends <c>qi run</c>: each stage's seconds, what it processed, and the process's
/// peak memory when the stage ended (a high-water mark: a stage that needs more than the ones before raises it).
/// </summary>
internal static class StageSummary
{
    private static readonly string[] Headers = ["stage", "seconds", "peak MB", "processed"];

    /// <summary>One stage: its name, wall time, a count with its unit (rows read, patients, workbooks), the peak working set so far.</summary>
    public sealed record Stage(string Name, double Seconds, long Count, string Unit)
    {
        /// <summary>The process's peak working set in MB when the stage ended.</summary>
        public long PeakMb { get; } = PeakWorkingSetMb();
    }

    private static long PeakWorkingSetMb()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024 * 1024);
    }

    public static void Write(TextWriter output, IReadOnlyList<Stage> stages)
    {
        var rows = stages.Select(s => new[]
        {
            s.Name,
            s.Seconds.ToString("F1", CultureInfo.InvariantCulture),
            s.PeakMb.ToString("N0", CultureInfo.InvariantCulture),
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
        string.Join("  ", cells.Select((c, i) => i is 1 or 2 ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
}
