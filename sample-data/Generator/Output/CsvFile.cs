using System.Globalization;
using CsvHelper;

namespace QiPipeline.SampleData;

/// <summary>
/// One file of the CSV extract contract, written with CsvHelper: UTF-8 without BOM, LF line ends,
/// RFC 4180 quoting only where needed, empty field for null. Fields are written in column order; the row's
/// <see cref="BadValue"/>, if any, replaces its column's value with the raw bad text.
/// </summary>
internal sealed class CsvFile : IDisposable
{
    private const int BufferSize = 1 << 16;

    /// <summary>How every extract file is written (the month-after benchmark rewrites extracts with the same options).</summary>
    internal static readonly CsvWriterOptions WriterOptions = new()
    {
        HasHeader = false,
        Separator = ',',
        NewLine = "\n",
        Quoting = CsvQuoting.WhenNeeded,
        Injection = CsvInjection.None,
        WriteByteOrderMark = false,
        BufferSize = BufferSize,
    };

    private readonly CsvWriter _writer;
    private BadValue? _bad;
    private int _column;

    public CsvFile(string path, IReadOnlyList<string> columns)
    {
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize);
        _writer = CsvWriter.Create(stream, WriterOptions, false);
        foreach (var column in columns)
        {
            _writer.WriteField(column);
        }

        _writer.EndRecord();
    }

    public void BeginRow(BadValue? bad)
    {
        _bad = bad;
        _column = 0;
    }

    public void EndRow() => _writer.EndRecord();

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
            Span<char> id = stackalloc char[prefix.Length + 20];
            prefix.CopyTo(id);
            number.TryFormat(id[prefix.Length..], out var length, numberFormat, CultureInfo.InvariantCulture);
            _writer.WriteField(id[..(prefix.Length + length)]);
        }
    }

    public void Date(DateOnly? value)
    {
        if (StartField())
        {
            if (value is not { } day)
            {
                _writer.WriteField(ReadOnlySpan<char>.Empty);
                return;
            }

            Span<char> text = stackalloc char[10];
            WriteDigits(text[..4], day.Year);
            text[4] = '-';
            WriteDigits(text.Slice(5, 2), day.Month);
            text[7] = '-';
            WriteDigits(text.Slice(8, 2), day.Day);
            _writer.WriteField(text);
        }
    }

    public void Number(int? value)
    {
        if (StartField())
        {
            Span<char> digits = stackalloc char[12];
            var length = 0;
            if (value is { } number)
            {
                number.TryFormat(digits, out length, default, CultureInfo.InvariantCulture);
            }

            _writer.WriteField(digits[..length]);
        }
    }

    public void Boolean(bool value)
    {
        if (StartField())
        {
            _writer.WriteField(value ? "true" : "false");
        }
    }

    public void Flush() => _writer.Flush();

    public void Dispose() => _writer.Dispose();

    /// <summary>False when the column was already written as the row's bad value.</summary>
    private bool StartField()
    {
        var column = _column++;
        if (_bad is { } bad && bad.Column == column)
        {
            WriteText(bad.Value);
            return false;
        }

        return true;
    }

    private void WriteText(string? value) => _writer.WriteField(value ?? "");

    private static void WriteDigits(Span<char> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
