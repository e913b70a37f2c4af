using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsvHelper;
using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.EtlBenchmark.CsvReaders;

/// <summary>
/// The DuckDB COPY file writer alone: 2M staging-like rows of 13 values (ids, a date, a timestamp,
/// whole numbers, a boolean, nulls, a reasons text) written to a temporary file, by the hand-written
/// writer QiPipeline keeps (src/Warehouse/Dialects/DuckDbCsvCopy.cs) and by CsvHelper.
/// Rows per second and bytes allocated per row.
/// </summary>
internal static class CopyWriteCase
{
    private const string Null = "\\N";

    private static readonly CsvWriterOptions Options = new()
    {
        HasHeader = false,
        Separator = ',',
        NewLine = "\n",
        Quoting = CsvQuoting.WhenNeeded,
        Injection = CsvInjection.None,
        WriteByteOrderMark = false,
        BufferSize = 1 << 16,
    };

    public static string MarkdownHeader => "| writer | rows | best s | rows/s | allocated bytes/row |\n|---|---:|---:|---:|---:|";

    /// <summary>The writers take turns in every round, so load from other work on the machine falls on both alike.</summary>
    public static IEnumerable<string> Run(int rows, int rounds)
    {
        var data = Rows(rows);
        string[] writers = ["handwritten", "csvhelper"];
        var best = writers.ToDictionary(w => w, _ => double.MaxValue);
        var allocated = writers.ToDictionary(w => w, _ => 0L);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var writer in round % 2 == 0 ? writers : writers.Reverse())
            {
                var file = Path.GetTempFileName();
                GC.Collect();
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                if (writer == "handwritten")
                {
                    HandWritten(file, data);
                }
                else
                {
                    WithCsvHelper(file, data);
                }

                clock.Stop();
                allocated[writer] = GC.GetTotalAllocatedBytes(precise: true) - before;
                best[writer] = Math.Min(best[writer], clock.Elapsed.TotalSeconds);
                File.Delete(file);
            }
        }

        return writers.Select(w => string.Create(
            CultureInfo.InvariantCulture, $"| {w} | {rows:N0} | {best[w]:F2} | {rows / best[w]:N0} | {allocated[w] / (double)rows:N0} |"));
    }

    private static List<object?[]> Rows(int count)
    {
        var day = new DateOnly(2024, 1, 1);
        return [.. Enumerable.Range(0, count).Select(i => new object?[]
        {
            (long)i, "north", $"E{i:D8}", $"P{i / 20:D7}", "N1", day.AddDays(i % 700), "primary_care",
            i % 3 == 0 ? null : "in_person", "completed", i % 5 == 0 ? null : 25, i % 7 == 0, new DateTime(2025, 1, 1, 8, 30, 0).AddSeconds(i),
            i % 50 == 0 ? "bad_date;bad_code" : null,
        })];
    }

    private static void HandWritten(string file, List<object?[]> rows)
    {
        using var writer = new StreamWriter(file, new UTF8Encoding(false), new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, BufferSize = 1 << 16 });
        var line = new StringBuilder(256);
        foreach (var values in rows)
        {
            line.Clear();
            for (var i = 0; i < values.Length; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                DuckDbCsvCopy.Append(line, values[i]);
            }

            line.Append('\n');
            writer.Write(line);
        }
    }

    private static void WithCsvHelper(string file, List<object?[]> rows)
    {
        using var stream = new FileStream(file, new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, BufferSize = 1 << 16 });
        using var csv = CsvWriter.Create(stream, Options, false);
        foreach (var values in rows)
        {
            foreach (var value in values)
            {
                Write(csv, value);
            }

            csv.EndRecord();
        }
    }

    private static void Write(CsvWriter csv, object? value)
    {
        switch (value)
        {
            case null:
                csv.WriteField(Null);
                break;
            case string text:
                csv.WriteField(text, CsvQuoting.Always);
                break;
            case DateOnly date:
                csv.WriteField(date, "yyyy-MM-dd");
                break;
            case DateTime timestamp:
                csv.WriteField(timestamp.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.'));
                break;
            case bool flag:
                csv.WriteField(flag ? "true" : "false");
                break;
            case double number:
                csv.WriteField(number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case IFormattable number:
                csv.WriteField(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException($"No CSV form for {value.GetType().Name}.", nameof(value));
        }
    }
}
