using System.Globalization;
using System.Text;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// Reads the NYU/Johnston ED weights table: a header row naming the columns <c>icd10, edcnnpa,
/// edcnpa, epct, noner, injury, psych, alcohol, drug</c> (any order, any case, more allowed), one
/// row per ICD-10-CM code, comma-separated with RFC 4180 quotes on one line. Every weight must be
/// a number from 0 to 1; a code may appear once.
/// </summary>
internal static class EdWeightsCsv
{
    private static readonly string[] Columns = ["icd10", "edcnnpa", "edcnpa", "epct", "noner", "injury", "psych", "alcohol", "drug"];

    /// <summary>The weights by dot-less, upper-case code.</summary>
    /// <exception cref="FormatException">A missing header column or a bad row; the message names the line.</exception>
    public static Dictionary<string, EdWeights> Read(TextReader reader)
    {
        var lineNumber = 0;
        string? line;
        do
        {
            line = reader.ReadLine();
            lineNumber++;
        }
        while (line is not null && line.Trim().Length == 0);

        if (line is null)
        {
            throw new FormatException("ED weights table: the file is empty; expected a header row with " + string.Join(", ", Columns));
        }

        var header = Split(line.TrimStart('\uFEFF'), lineNumber).Select(h => h.Trim()).ToList();
        var missing = Columns.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            throw Bad(lineNumber, $"the header lacks {string.Join(", ", missing)}");
        }

        var at = Columns.Select(c => header.FindIndex(h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase))).ToArray();
        var code = at[0];
        var weights = new Dictionary<string, EdWeights>(StringComparer.Ordinal);
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var fields = Split(line, lineNumber);
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

    private static double Weight(List<string> fields, int index, string column, int lineNumber)
    {
        var text = fields[index].Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value >= 0 && value <= 1))
        {
            throw Bad(lineNumber, $"{column} must be a number from 0 to 1, not '{text}'");
        }

        return value;
    }

    private static List<string> Split(string line, int lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw Bad(lineNumber, "a quoted field is not closed");
        }

        fields.Add(field.ToString());
        return fields;
    }

    private static FormatException Bad(int lineNumber, string reason) =>
        new(string.Create(CultureInfo.InvariantCulture, $"ED weights table, line {lineNumber}: {reason}"));
}
