using System.Globalization;

namespace QiPipeline.EtlBenchmark;

/// <summary>
/// One engine and size: the ETL's loads and the engine's own imports of the same files, taking turns round
/// after round, so a busy machine slows both alike. The ratio is the median of the rounds' own ratios.
/// </summary>
internal sealed record CaseResult(string Engine, int Patients, IReadOnlyList<Measurement> Etl, IReadOnlyList<Measurement> Native)
{
    public const string MarkdownHeader =
        "| engine | patients | rows | rounds | qi etl s | qi etl rows/s | engine import s | engine rows/s | qi speed / engine speed | qi etl CPU s | engine CPU s | qi etl peak MB | engine import peak MB |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    public string ToMarkdown()
    {
        var etl = Median(Etl.Select(m => m.Seconds));
        var native = Median(Native.Select(m => m.Seconds));
        var ratio = Median(Etl.Zip(Native, (e, n) => n.Seconds / e.Seconds));
        var rows = Etl[0].Rows;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {Engine} | {Patients:N0} | {rows:N0} | {Etl.Count} | {etl:F1} | {rows / etl:N0} | {native:F1} | {Native[0].Rows / native:N0} | {ratio:P0} | {Median(Etl.Select(m => m.CpuSeconds)):F1} | {Median(Native.Select(m => m.CpuSeconds)):F1} | {Etl.Max(m => m.PeakMb):N0} | {Native.Max(m => m.PeakMb):N0} |");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
