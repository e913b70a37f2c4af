using System.Diagnostics;
using System.Globalization;
using QiPipeline.Etl.Sources.Fhir;

namespace QiPipeline.EtlBenchmark.FhirReaders;

/// <summary>
/// The fhir source's reader two ways on a generated FHIR Bulk export (the east clinic): every line
/// of every file the mapping reads, parsed and mapped to its records. Checked first line by line
/// (same records, same values, same malformed lines), then timed, each reader in a process of its own.
/// </summary>
internal static class FhirReadCase
{
    public static readonly string[] ResourceTypes =
        ["Patient", "Encounter", "Appointment", "Observation", "Condition", "MedicationRequest", "MedicationDispense", "ServiceRequest"];

    public static readonly string[] Readers = ["stj", "firely", "firely-strict"];

    public static string MarkdownHeader =>
        "| reader | lines | records | malformed | best s | lines/s | allocated bytes/line | peak MB |\n|---|---:|---:|---:|---:|---:|---:|---:|";

    public static IFhirLineReader Create(string reader) => reader switch
    {
        "stj" => new SystemTextJsonLineReader(),
        "firely" => new FirelyLineReader(strict: false),
        "firely-strict" => new FirelyLineReader(strict: true),
        _ => throw new ArgumentException($"unknown reader {reader}", nameof(reader)),
    };

    public static IEnumerable<(string ResourceType, string Path)> Files(string folder) =>
        ResourceTypes.SelectMany(t => FhirFiles.Of(folder, t).Select(f => (t, f)));

    /// <summary>Timed in this process: the best of <paramref name="rounds"/>; one CSV line for the parent.</summary>
    public static string Time(string reader, string folder, int rounds)
    {
        var lineReader = Create(reader);
        var best = double.MaxValue;
        (long Lines, long Records, long Malformed) counts = default;
        long allocated = 0;
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            counts = ReadAll(lineReader, folder);
            clock.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        return string.Create(CultureInfo.InvariantCulture, $"{counts.Lines},{counts.Records},{counts.Malformed},{best:R},{allocated},{peak:R}");
    }

    /// <summary>Of several runs' lines, the fastest, with the highest peak memory of them all.</summary>
    public static string Best(IReadOnlyList<string> runs)
    {
        var fields = runs.Select(r => r.Split(',')).ToList();
        var fastest = fields.MinBy(f => double.Parse(f[3], CultureInfo.InvariantCulture))!;
        var peak = fields.Max(f => double.Parse(f[5], CultureInfo.InvariantCulture));
        return string.Join(',', fastest[..5]) + "," + peak.ToString("R", CultureInfo.InvariantCulture);
    }

    public static string ToMarkdown(string reader, string csv)
    {
        var f = csv.Split(',');
        var lines = long.Parse(f[0], CultureInfo.InvariantCulture);
        var seconds = double.Parse(f[3], CultureInfo.InvariantCulture);
        var allocated = long.Parse(f[4], CultureInfo.InvariantCulture);
        var peak = double.Parse(f[5], CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {Create(reader).Name} | {lines:N0} | {long.Parse(f[1], CultureInfo.InvariantCulture):N0} | {f[2]} | {seconds:F2} | {lines / seconds:N0} | {allocated / (double)lines:N0} | {peak:N0} |");
    }

    /// <summary>
    /// Every line through the production reader and <paramref name="other"/>: the differences, by
    /// resource type and column (a malformed line on one side only counts under "malformed").
    /// </summary>
    public static IReadOnlyList<string> Check(string folder, IFhirLineReader other)
    {
        var ours = new SystemTextJsonLineReader();
        var differences = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var summary = new SortedDictionary<string, (long Lines, long Records, long OursMalformed, long OtherMalformed)>(StringComparer.Ordinal);
        foreach (var (type, path) in Files(folder))
        {
            using var text = FhirFiles.Open(path, out _);
            while (text.ReadLine() is { } line)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var a = ours.Read(type, line);
                var b = other.Read(type, line);
                var s = summary.GetValueOrDefault(type);
                s.Lines++;
                s.OursMalformed += a is null ? 1 : 0;
                s.OtherMalformed += b is null ? 1 : 0;
                s.Records += a?.Count(r => r is not null) ?? 0;
                summary[type] = s;
                if (a is null || b is null)
                {
                    if ((a is null) != (b is null))
                    {
                        Count(differences, $"{type}: malformed on one side only");
                    }

                    continue;
                }

                for (var i = 0; i < a.Count; i++)
                {
                    if ((a[i] is null) != (b[i] is null))
                    {
                        Count(differences, $"{type}: record on one side only");
                        continue;
                    }

                    foreach (var (column, value) in a[i] ?? [])
                    {
                        if (!Same(value, b[i]![column]))
                        {
                            Count(differences, $"{type}.{column}");
                        }
                    }
                }
            }
        }

        var lines = summary.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s.Key}: {s.Value.Lines:N0} lines, {s.Value.Records:N0} records, malformed {s.Value.OursMalformed} (System.Text.Json) vs {s.Value.OtherMalformed} ({other.Name})")).ToList();
        lines.AddRange(differences.Count == 0
            ? [$"no differences: every record and value equal ({other.Name})"]
            : differences.Select(d => string.Create(CultureInfo.InvariantCulture, $"DIFFERENT {d.Key}: {d.Value:N0}")));
        return lines;
    }

    /// <summary>Equal as text, or as the same instant written two ways (Firely writes instants back in its own form).</summary>
    private static bool Same(string? a, string? b) =>
        a == b || (a is not null && b is not null
            && DateTimeOffset.TryParse(a, CultureInfo.InvariantCulture, DateTimeStyles.None, out var x)
            && DateTimeOffset.TryParse(b, CultureInfo.InvariantCulture, DateTimeStyles.None, out var y) && x == y && x.Offset == y.Offset);

    private static void Count(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static (long Lines, long Records, long Malformed) ReadAll(IFhirLineReader reader, string folder)
    {
        long lines = 0, records = 0, malformed = 0;
        foreach (var (type, path) in Files(folder))
        {
            using var text = FhirFiles.Open(path, out _);
            while (text.ReadLine() is { } line)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                lines++;
                if (reader.Read(type, line) is { } rows)
                {
                    records += rows.Count(r => r is not null);
                }
                else
                {
                    malformed++;
                }
            }
        }

        return (lines, records, malformed);
    }
}
