using System.Text;

namespace QiPipeline.EtlBenchmark.CsvReaders;

/// <summary>
/// The CSV reader QiPipeline wrote by hand before it read CSV with a library, kept here only as the baseline
/// of the reader benchmark (docs/performance.md). A streaming RFC 4180 reader: comma separator, double-quote quoting with doubled quotes,
/// quoted line breaks, LF or CRLF line ends. It never holds more than one record, so a file of
/// any size reads in constant memory (beyond its longest record).
/// </summary>
internal sealed class HandWrittenCsvReader(TextReader reader)
{
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = [];

    /// <summary>Reads the next record, or null at the end of the file. Blank lines are skipped.</summary>
    public string[]? Read()
    {
        while (true)
        {
            var record = ReadRecord(out var sawAnything, out var unterminated);
            if (!sawAnything)
            {
                return null;
            }

            if (record.Length == 1 && record[0].Length == 0 && !unterminated)
            {
                continue; // a blank line
            }

            return record;
        }
    }

    private string[] ReadRecord(out bool sawAnything, out bool unterminated)
    {
        _fields.Clear();
        _field.Clear();
        sawAnything = false;
        unterminated = false;
        var inQuotes = false;
        var quotedField = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                unterminated = inQuotes;
                if (sawAnything)
                {
                    _fields.Add(_field.ToString());
                }

                return [.. _fields];
            }

            sawAnything = true;
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        _field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    _field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when _field.Length == 0 && !quotedField:
                    inQuotes = true;
                    quotedField = true;
                    break;
                case ',':
                    _fields.Add(_field.ToString());
                    _field.Clear();
                    quotedField = false;
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\n':
                    _fields.Add(_field.ToString());
                    return [.. _fields];
                default:
                    _field.Append(ch);
                    break;
            }
        }
    }
}
