using System.Globalization;
using CsvHelper;

namespace QiPipeline.EtlBenchmark.MonthAfter;

/// <summary>
/// Turns a generated CSV clinic into the extracts an incremental source would have received: every file
/// gets an <c>updated_at</c> column (the generator writes none), and each row goes either to the extract
/// of the months up to the cut or to the next month's delta. A row's <c>updated_at</c> is its event date
/// plus one day at 02:00, when the nightly extract after the event would carry it; patients carry one
/// fixed time in the first extract. Rows are re-written with the generator's own CsvHelper options, so
/// every field keeps its bytes (checked on the complete extract's length).
/// </summary>
internal static class MonthlyCsvExtract
{
    /// <summary>The time of the extract that holds the months up to the cut (and every patient).</summary>
    public static readonly DateTime FirstExtract = new(2026, 9, 30, 2, 0, 0, DateTimeKind.Unspecified);

    private const string UpdatedAt = "updated_at";

    /// <summary>"2026-10-02T02:00:00": 19 characters, plus the comma before it.</summary>
    private const int AddedPerRow = 20;

    /// <summary>The event date each entity's rows are dated by; patients have none.</summary>
    private static readonly Dictionary<string, string?> EventDates = new(StringComparer.Ordinal)
    {
        ["patients"] = null,
        ["encounters"] = "encounter_date",
        ["screenings"] = "screening_date",
        ["referrals"] = "referral_date",
        ["ed_visits"] = "visit_date",
        ["medication_fills"] = "fill_date",
        ["diagnoses"] = "dx_date",
        ["surveys"] = "survey_date",
    };

    // The generator's writer options (sample-data/Generator/Output/CsvFile.cs): re-writing a parsed
    // field with them gives back its bytes.
    private static readonly CsvWriterOptions WriterOptions = new()
    {
        HasHeader = false,
        Separator = ',',
        NewLine = "\n",
        Quoting = CsvQuoting.WhenNeeded,
        Injection = CsvInjection.None,
        WriteByteOrderMark = false,
        BufferSize = 1 << 16,
    };

    private static readonly CsvReaderOptions ReaderOptions = new()
    {
        HasHeader = false,
        Separator = ',',
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        SkipEmptyLines = false,
        AllowLineBreaksInQuotes = true,
    };

    /// <summary>
    /// Writes each CSV file of <paramref name="source"/> three times: complete (every row), previous
    /// (rows dated up to <paramref name="cut"/>, rows whose date does not parse, every patient) and delta
    /// (the rest, with just the header for patients).
    /// </summary>
    /// <returns>Rows written to the previous extract and to the delta.</returns>
    public static (long Previous, long Delta) Split(string source, string complete, string previous, string delta, DateOnly cut)
    {
        foreach (var folder in new[] { complete, previous, delta })
        {
            Directory.CreateDirectory(folder);
        }

        long before = 0, after = 0;
        foreach (var file in Directory.GetFiles(source, "*.csv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var entity = Path.GetFileNameWithoutExtension(file);
            if (!EventDates.TryGetValue(entity, out var dateColumn))
            {
                throw new InvalidOperationException($"{file}: not one of the eight entities");
            }

            var (rowsBefore, rowsAfter) = SplitFile(file, dateColumn, Path.Combine(complete, name), Path.Combine(previous, name), Path.Combine(delta, name), cut);
            before += rowsBefore;
            after += rowsAfter;
            var expected = new FileInfo(file).Length + 1 + UpdatedAt.Length + ((rowsBefore + rowsAfter) * AddedPerRow);
            if (new FileInfo(Path.Combine(complete, name)).Length != expected)
            {
                throw new InvalidOperationException($"{file}: the copy with updated_at is not the original plus the column; a field changed bytes");
            }
        }

        return (before, after);
    }

    private static (long Previous, long Delta) SplitFile(string file, string? dateColumn, string complete, string previous, string delta, DateOnly cut)
    {
        using var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = CsvReader.Create(input, ReaderOptions, false);
        using var all = Writer(complete);
        using var before = Writer(previous);
        using var after = Writer(delta);
        if (!reader.Read())
        {
            throw new InvalidOperationException($"{file}: no header");
        }

        var header = Fields(reader);
        var dateIndex = dateColumn is null ? -1 : Array.FindIndex(header, h => string.Equals(h, dateColumn, StringComparison.OrdinalIgnoreCase));
        if (dateColumn is not null && dateIndex < 0)
        {
            throw new InvalidOperationException($"{file}: no {dateColumn} column");
        }

        var headerWithUpdatedAt = header.Append(UpdatedAt).ToArray();
        foreach (var writer in new[] { all, before, after })
        {
            writer.WriteRecord(headerWithUpdatedAt);
        }

        long rowsBefore = 0, rowsAfter = 0;
        while (reader.Read())
        {
            var fields = Fields(reader);
            var (updatedAt, inDelta) = Place(dateIndex < 0 ? null : fields[dateIndex], cut);
            var row = fields.Append(updatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)).ToArray();
            all.WriteRecord(row);
            (inDelta ? after : before).WriteRecord(row);
            _ = inDelta ? rowsAfter++ : rowsBefore++;
        }

        return (rowsBefore, rowsAfter);
    }

    /// <summary>
    /// A row dated after the cut belongs to the delta, stamped the morning after its date. A patient, or a
    /// row whose date is not an ISO date (the generator's deliberate bad records, e.g. 2024-02-30), belongs
    /// to the first extract: its true date is unknown, and the loader rejects it either way.
    /// </summary>
    private static (DateTime UpdatedAt, bool InDelta) Place(string? date, DateOnly cut)
    {
        if (date is null
            || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || day == DateOnly.MaxValue)
        {
            return (FirstExtract, false);
        }

        return (day.AddDays(1).ToDateTime(new TimeOnly(2, 0)), day > cut);
    }

    private static string[] Fields(CsvReader reader)
    {
        var fields = new string[reader.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = reader.GetString(i);
        }

        return fields;
    }

    private static CsvWriter Writer(string path) =>
        CsvWriter.Create(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), WriterOptions, false);
}
