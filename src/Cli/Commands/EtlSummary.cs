using System.Globalization;
using QiPipeline.Etl.Loading;

namespace QiPipeline.Cli.Commands;

/// <summary>The per-source, per-entity table printed after a load.</summary>
internal static class EtlSummary
{
    private static readonly string[] Headers = ["source", "entity", "read", "loaded", "unchanged", "rejected", "deleted", "seconds", "status"];

    public static void Write(TextWriter output, EtlRunResult result)
    {
        var rows = result.Sources.SelectMany(s => s.Entities).Select(e => new[]
        {
            e.Source, e.Entity, Number(e.Read), Number(e.Loaded), Number(e.Unchanged), Number(e.Rejected), Number(e.Deleted),
            e.Seconds.ToString("F1", CultureInfo.InvariantCulture), e.Status,
        }).ToList();
        var widths = Headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        output.WriteLine(Line(Headers, widths));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row, widths));
        }

        foreach (var failure in result.Sources.SelectMany(s => s.Entities).Where(e => e.Error is not null).DistinctBy(e => (e.Source, e.Error)))
        {
            output.WriteLine($"{failure.Source}/{failure.Entity}: {failure.Error}");
        }

        output.WriteLine($"run {result.RunId}: {result.Status}");
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Names left-aligned, numbers right-aligned, so columns read at a glance.</summary>
    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i < 2 || i == cells.Length - 1 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();
}
