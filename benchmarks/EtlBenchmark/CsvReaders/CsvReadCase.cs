using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsvHelper;
using nietras.SeparatedValues;

namespace QiPipeline.EtlBenchmark.CsvReaders;

/// <summary>
/// The extract reader alone, three ways, on the CSV files of a generated data set: each record
/// becomes the string array the loader maps to canonical columns (what <c>CsvSource</c> needs),
/// nothing else. Rows per second and bytes allocated per row, best of the rounds.
/// </summary>
internal static class CsvReadCase
{
    public static readonly string[] Readers = ["handwritten", "sep", "csvhelper"];

    public static string MarkdownHeader => "| reader | rows | best s | rows/s | allocated bytes/row |\n|---|---:|---:|---:|---:|";

    public static string Run(string reader, IReadOnlyList<string> files, int rounds)
    {
        var best = double.MaxValue;
        long rows = 0;
        long allocated = 0;
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            rows = files.Sum(f => Read(reader, f));
            clock.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        return string.Create(CultureInfo.InvariantCulture, $"| {reader} | {rows:N0} | {best:F2} | {rows / best:N0} | {allocated / (double)rows:N0} |");
    }

    private static long Read(string reader, string path) => reader switch
    {
        "handwritten" => HandWritten(path),
        "sep" => WithSep(path),
        "csvhelper" => WithCsvHelper(path),
        _ => throw new ArgumentException($"unknown reader {reader}", nameof(reader)),
    };

    private static long HandWritten(string path)
    {
        using var text = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
        var csv = new HandWrittenCsvReader(text);
        long rows = 0;
        while (csv.Read() is not null)
        {
            rows++;
        }

        return rows;
    }

    private static long WithSep(string path)
    {
        using var text = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
        using var csv = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        long rows = 0;
        foreach (var row in csv)
        {
            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }

            rows++;
        }

        return rows;
    }

    private static long WithCsvHelper(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            Separator = ',',
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
        };
        using var csv = CsvReader.Create(stream, options, false);
        long rows = 0;
        while (csv.Read())
        {
            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }

            rows++;
        }

        return rows;
    }
}
