using System.Buffers;
using System.Globalization;
using System.Text;

namespace QiPipeline.SampleData;

/// <summary>
/// One file of the CSV extract contract: UTF-8 without BOM, LF line ends, RFC 4180 quoting only
/// where needed, empty field for null. Fields are written in column order; the row's
/// <see cref="BadValue"/>, if any, replaces its column's value with the raw bad text.
/// </summary>
internal sealed class CsvFile : IDisposable
{
    private const int BufferSize = 1 << 16;
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly StreamWriter _writer;
    private BadValue? _bad;
    private int _column;

    public CsvFile(string path, IReadOnlyList<string> columns)
    {
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize);
        _writer = new StreamWriter(stream, Utf8NoBom, BufferSize);
        _writer.Write(string.Join(',', columns));
        _writer.Write('\n');
    }

    public void BeginRow(BadValue? bad)
    {
        _bad = bad;
        _column = 0;
    }

    public void EndRow() => _writer.Write('\n');

    public void Text(string? value)
    {
        if (StartField())
        {
            WriteText(value);
        }
    }

    public void Id(string prefix, long number, string numberFormat)
    {
        if (StartField())
        {
            _writer.Write(prefix);
            Span<char> digits = stackalloc char[20];
            number.TryFormat(digits, out var length, numberFormat, CultureInfo.InvariantCulture);
            _writer.Write(digits[..length]);
        }
    }

    public void Date(DateOnly? value)
    {
        if (StartField() && value is { } day)
        {
            Span<char> text = stackalloc char[10];
            WriteDigits(text[..4], day.Year);
            text[4] = '-';
            WriteDigits(text.Slice(5, 2), day.Month);
            text[7] = '-';
            WriteDigits(text.Slice(8, 2), day.Day);
            _writer.Write(text);
        }
    }

    public void Number(int? value)
    {
        if (StartField() && value is { } number)
        {
            Span<char> digits = stackalloc char[12];
            number.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
            _writer.Write(digits[..length]);
        }
    }

    public void Boolean(bool value)
    {
        if (StartField())
        {
            _writer.Write(value ? "true" : "false");
        }
    }

    public void Flush() => _writer.Flush();

    public void Dispose() => _writer.Dispose();

    /// <summary>Writes the separator; false when the column was already written as the row's bad value.</summary>
    private bool StartField()
    {
        if (_column > 0)
        {
            _writer.Write(',');
        }

        var column = _column++;
        if (_bad is { } bad && bad.Column == column)
        {
            WriteText(bad.Value);
            return false;
        }

        return true;
    }

    private void WriteText(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            _writer.Write(value);
            return;
        }

        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }

    private static void WriteDigits(Span<char> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
