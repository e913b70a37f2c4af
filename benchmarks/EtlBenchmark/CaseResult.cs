using System.Globalization;

namespace QiPipeline.EtlBenchmark;

/// <summary>One engine and size: the ETL's load and the engine's own import of the same files.</summary>
internal sealed record CaseResult(string Engine, int Patients, Measurement Etl, Measurement Native)
{
    public const string MarkdownHeader =
        "| engine | patients | rows | qi etl s | qi etl rows/s | engine import s | engine rows/s | qi speed / engine speed | qi etl peak MB | engine import peak MB |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    public string ToMarkdown() => string.Create(CultureInfo.InvariantCulture,
        $"| {Engine} | {Patients:N0} | {Etl.Rows:N0} | {Etl.Seconds:F1} | {Etl.Rows / Etl.Seconds:N0} | {Native.Seconds:F1} | {Native.Rows / Native.Seconds:N0} | {Native.Seconds / Etl.Seconds:P0} | {Etl.PeakMb:N0} | {Native.PeakMb:N0} |");
}
