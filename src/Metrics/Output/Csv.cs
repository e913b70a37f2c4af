using System.Buffers;

namespace QiPipeline.Metrics.Output;

/// <summary>
/// The text fields of the output files: RFC 4180 quoting, and no field that a spreadsheet would
/// run as a formula. A field beginning with <c>= + - @</c>, a tab or a carriage return gets a
/// leading apostrophe (OWASP's advice for CSV injection), which spreadsheets show as text; the
/// loader already rejects such ids (<c>bad_id</c>), so this guards what else reaches a file.
/// </summary>
internal static class Csv
{
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    public static string Field(string value)
    {
        if (value.Length > 0 && FormulaStarts.Contains(value[0]))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    public static string Bool(bool value) => value ? "true" : "false";
}
