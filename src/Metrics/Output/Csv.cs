using CsvHelper;

namespace QiPipeline.Metrics.Output;

/// <summary>
/// The CSV output files, written with CsvHelper: RFC 4180 quoting, LF line ends, and no field that a
/// spreadsheet would run as a formula. A field beginning with <c>= + - @</c>, a tab or a carriage
/// return gets a leading apostrophe and quotes (OWASP's advice for CSV injection), which spreadsheets
/// show as text; the loader already rejects such ids (<c>bad_id</c>), so this guards what else
/// reaches a file. Every number these files hold is non-negative, so none is escaped.
/// </summary>
internal static class Csv
{
    private static readonly CsvWriterOptions Options = new()
    {
        HasHeader = false,
        Separator = ',',
        NewLine = "\n",
        Injection = CsvInjection.Escape,
        InjectionCharacters = "=+-@\t\r",
        InjectionEscape = '\'',
    };

    /// <summary>A writer of output rows onto <paramref name="writer"/>, which it leaves open; flush it before the text is read.</summary>
    public static CsvWriter Writer(TextWriter writer) => CsvWriter.Create(writer, Options, true);

    /// <summary>One field as the writers write it (quoted when needed, formula-safe).</summary>
    public static string Field(string value)
    {
        using var text = new StringWriter();
        using (var csv = Writer(text))
        {
            csv.WriteField(value);
            csv.EndRecord();
        }

        return text.ToString()[..^1];
    }

    public static string Bool(bool value) => value ? "true" : "false";
}
