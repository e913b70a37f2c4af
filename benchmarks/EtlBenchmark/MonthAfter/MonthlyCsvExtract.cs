using System.Globalization;
using CsvHelper;
using QiPipeline.SampleData;

namespace QiPipeline.EtlBenchmark.MonthAfter;

/// <summary>
/// Turns a generated CSV clinic into the extracts an incremental source would have received: every file
/// gets an <c>updated_at</c> column (the generator writes none), and each row goes either to the extract
/// of the months up to the cut or to the next month's delta. A row's <c>updated_at</c> is its event date
/// plus one day at 02:00, when the nightly extract after the event would carry it; patients carry one
/// fixed time in the first extract, except those born or dead after the cut (see <see cref="PlacePatient"/>). Rows are re-written with the generator's own CsvHelper options, so
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
    /// (rows dated up to <paramref name="cut"/>, rows whose date does not parse, the patients as they stood
    /// at the cut) and delta (the rest: October's records, the patients born or dead in it).
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

            var (rowsBefore, rowsAfter, rows) = SplitFile(file, dateColumn, Path.Combine(complete, name), Path.Combine(previous, name), Path.Combine(delta, name), cut);
            before += rowsBefore;
            after += rowsAfter;
            var expected = new FileInfo(file).Length + 1 + UpdatedAt.Length + (rows * AddedPerRow);
            if (new FileInfo(Path.Combine(complete, name)).Length != expected)
            {
                throw new InvalidOperationException($"{file}: the copy with updated_at is not the original plus the column; a field changed bytes");
            }
        }

        return (before, after);
    }

    private static (long Previous, long Delta, long Complete) SplitFile(string file, string? dateColumn, string complete, string previous, string delta, DateOnly cut)
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

        var birth = Array.IndexOf(header, "birth_date");
        var death = Array.IndexOf(header, "death_date");
        long rowsBefore = 0, rowsAfter = 0, rows = 0;
        while (reader.Read())
        {
            var fields = Fields(reader);
            var (previousRow, deltaRow) = dateIndex >= 0 ? PlaceEvent(fields, fields[dateIndex], cut) : PlacePatient(fields, birth, death, cut);
            all.WriteRecord(deltaRow ?? previousRow!);
            rows++;
            if (previousRow is not null)
            {
                before.WriteRecord(previousRow);
                rowsBefore++;
            }

            if (deltaRow is not null)
            {
                after.WriteRecord(deltaRow);
                rowsAfter++;
            }
        }

        return (rowsBefore, rowsAfter, rows);
    }

    /// <summary>
    /// An event row dated after the cut belongs to the delta, stamped the morning after its date. A row whose
    /// date is not an ISO date (the generator's deliberate bad records, e.g. 2024-02-30) belongs to the first
    /// extract: its true date is unknown, and the loader rejects it either way.
    /// </summary>
    private static (string[]? Previous, string[]? Delta) PlaceEvent(string[] fields, string date, DateOnly cut) =>
        Day(date) is { } day && day > cut ? (null, Stamped(fields, Morning(day))) : (Stamped(fields, Day(date) is { } d ? Morning(d) : FirstExtract), null);

    /// <summary>
    /// A patient is in the first extract as they stood at the cut. One born after it first appears in the
    /// delta. One who died after it is alive in the first extract and changed in the delta, stamped the
    /// morning after the death: written with its later death date in the first extract, the patient would
    /// be a <c>future_date</c> reject there, and every one of its records with it, for good (the delta's
    /// header-only patients would never bring it back), which is not what a real extract does.
    /// </summary>
    private static (string[]? Previous, string[]? Delta) PlacePatient(string[] fields, int birth, int death, DateOnly cut)
    {
        if (birth >= 0 && Day(fields[birth]) is { } born && born > cut)
        {
            return (null, Stamped(fields, Morning(born)));
        }

        if (death >= 0 && Day(fields[death]) is { } died && died > cut)
        {
            var alive = (string[])fields.Clone();
            alive[death] = "";
            return (Stamped(alive, FirstExtract), Stamped(fields, Morning(died)));
        }

        return (Stamped(fields, FirstExtract), null);
    }

    private static DateOnly? Day(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day < DateOnly.MaxValue ? day : null;

    /// <summary>The nightly extract after <paramref name="day"/>.</summary>
    private static DateTime Morning(DateOnly day) => day.AddDays(1).ToDateTime(new TimeOnly(2, 0));

    private static string[] Stamped(string[] fields, DateTime updatedAt) =>
        [.. fields, updatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)];

    private static string[] Fields(CsvReader reader)
    {
        var fields = new string[reader.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = reader.GetString(i);
        }

        return fields;
    }

    // The generator's own options: a parsed field written back with them gives back its bytes.
    private static CsvWriter Writer(string path) =>
        CsvWriter.Create(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), CsvFile.WriterOptions, false);
}
