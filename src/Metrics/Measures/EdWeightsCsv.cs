using System.Globalization;
using CsvHelper;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// Reads the NYU/Johnston ED weights table: a header row naming the columns <c>icd10, edcnnpa,
/// edcnpa, epct, noner, injury, psych, alcohol, drug</c> (any order, any case, more allowed), one
/// row per ICD-10-CM code, comma-separated with RFC 4180 quotes, read with CsvHelper. Every weight must be
/// a number from 0 to 1; a code may appear once.
/// </summary>
internal static class EdWeightsCsv
{
    private static readonly string[] Columns = ["icd10", "edcnnpa", "edcnpa", "epct", "noner", "injury", "psych", "alcohol", "drug"];

    /// <summary>The weights by dot-less, upper-case code.</summary>
    /// <exception cref="FormatException">A missing header column or a bad row; the message names the line.</exception>
    public static Dictionary<string, EdWeights> Read(TextReader reader)
    {
        var unterminated = false;
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            Separator = ',',
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            OnMalformedRecord = record => unterminated |= record.Reason == CsvMalformedReason.UnterminatedQuote,
        };
        using var csv = CsvReader.Create(reader, options, false);
        if (!csv.Read())
        {
            throw new FormatException("ED weights table: the file is empty; expected a header row with " + string.Join(", ", Columns));
        }

        var header = Fields(csv).Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        var missing = Columns.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            throw Bad(csv.LineNumber, $"the header lacks {string.Join(", ", missing)}");
        }

        var at = Columns.Select(c => header.FindIndex(h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase))).ToArray();
        var code = at[0];
        var weights = new Dictionary<string, EdWeights>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var lineNumber = csv.LineNumber;
            if (unterminated)
            {
                throw Bad(lineNumber, "a quoted field is not closed");
            }

            var fields = Fields(csv);
            if (fields.Count != header.Count)
            {
                throw Bad(lineNumber, $"{fields.Count} fields where the header has {header.Count}");
            }

            var key = Diagnosis.Normalize(fields[code].Trim());
            if (key.Length == 0)
            {
                throw Bad(lineNumber, "icd10 is empty");
            }

            double W(int column) => Weight(fields, at[column], Columns[column], lineNumber);
            var weight = new EdWeights(W(1), W(2), W(3), W(4), W(5), W(6), W(7), W(8));
            if (!weights.TryAdd(key, weight))
            {
                throw Bad(lineNumber, $"icd10 {fields[code].Trim()} appears twice");
            }
        }

        return weights;
    }

    private static List<string> Fields(CsvReader csv) => [.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)];

    private static double Weight(List<string> fields, int index, string column, long lineNumber)
    {
        var text = fields[index].Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value >= 0 && value <= 1))
        {
            throw Bad(lineNumber, $"{column} must be a number from 0 to 1, not '{text}'");
        }

        return value;
    }

    private static FormatException Bad(long lineNumber, string reason) =>
        new(string.Create(CultureInfo.InvariantCulture, $"ED weights table, line {lineNumber}: {reason}"));
}
