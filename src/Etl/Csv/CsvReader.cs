using System.Text;
using CsvHelper;
using Parser = CsvHelper.CsvReader;

namespace QiPipeline.Etl.Csv;

/// <summary>
/// Reads CSV records with CsvHelper (RFC 4180: comma separator, double-quote quoting with doubled
/// quotes, quoted line breaks, LF or CRLF line ends). Blank lines are skipped; a quote inside an
/// unquoted field is kept as text; a file that ends inside a quoted field gives its last record
/// marked <see cref="CsvRecord.Unterminated"/>. It never holds more than one record, so a file of
/// any size reads in constant memory (beyond its longest record).
/// </summary>
/// <remarks>
/// CsvHelper rather than Sep, although Sep read the generated extract about 16% faster: after a
/// stray quote (<c>5'10"</c> in an unquoted field) Sep reads on to the next quote and merges the
/// records between into one field, while CsvHelper, as the reader before it, keeps the quote as
/// text and the next record whole. Numbers in docs/performance.md.
/// </remarks>
internal sealed class CsvReader
{
    private readonly Parser _parser;
    private bool _unterminated;
    private bool _done;

    /// <summary>Reads UTF-8 bytes (a byte-order mark is skipped; bytes that are not UTF-8 read as U+FFFD).</summary>
    public CsvReader(Stream stream)
    {
        _parser = Parser.Create(stream, Options(), false);
    }

    /// <summary>Reads text already decoded.</summary>
    public CsvReader(TextReader reader)
    {
        _parser = Parser.Create(reader, Options(), false);
    }

    /// <summary>Reads the next record, or null at the end of the file (which disposes the parser).</summary>
    public CsvRecord? Read()
    {
        if (_done)
        {
            return null;
        }

        _unterminated = false;
        if (!_parser.Read())
        {
            _done = true;
            _parser.Dispose();
            return null;
        }

        var fields = new string[_parser.FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = _parser.GetString(i);
        }

        return new CsvRecord(_parser.LineNumber, fields, _unterminated);
    }

    /// <summary>
    /// Records are kept whatever their field count (the caller compares it with the header's) and
    /// malformed quoting is recovered as text; only a quote left open at the end of the file is
    /// remembered, because the caller rejects that record.
    /// </summary>
    private CsvReaderOptions Options() => new()
    {
        HasHeader = false,
        Separator = ',',
        MalformedData = CsvMalformedDataHandling.Recover,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        TrimWhitespace = false,
        Encoding = Encoding.UTF8,
        OnMalformedRecord = record => _unterminated |= record.Reason == CsvMalformedReason.UnterminatedQuote,
    };
}
