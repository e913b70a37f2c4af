using System.Globalization;
using System.Text;

namespace QiPipeline.Warehouse.Dialects;

/// <summary>
/// Writes rows for DuckDB's <c>COPY</c> as UTF-8 CSV straight into a byte buffer: numbers, dates and
/// booleans are formatted in place (<see cref="IUtf8SpanFormattable"/>) and text encoded in place, so a
/// value costs no string of its own. The form is <see cref="DuckDbCsvCopy"/>'s: text always quoted
/// (a quote doubled), so an empty string stays empty and only the bare <c>\N</c> is null.
/// </summary>
/// <remarks>
/// It replaced a <see cref="StringBuilder"/> per row written through a <see cref="StreamWriter"/>, which
/// made a string for every number and date (docs/performance.md, measure run).
/// </remarks>
internal sealed class CopyRowWriter(Stream stream)
{
    private static readonly byte[] NullBytes = Encoding.UTF8.GetBytes(DuckDbCsvCopy.Null);
    private static readonly byte[] TrueBytes = "true"u8.ToArray();
    private static readonly byte[] FalseBytes = "false"u8.ToArray();

    /// <summary>Room for any number, date or timestamp.</summary>
    private const int ValueRoom = 64;

    private byte[] _buffer = new byte[1 << 16];
    private int _used;

    /// <summary>Adds one row, its values separated by commas and ended by a line feed.</summary>
    public void Write(object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                Byte((byte)',');
            }

            Value(values[i]);
        }

        Byte((byte)'\n');
    }

    /// <summary>Writes what the buffer holds to the stream.</summary>
    public void Flush()
    {
        stream.Write(_buffer, 0, _used);
        _used = 0;
    }

    private void Value(object? value)
    {
        switch (value)
        {
            case null:
                Bytes(NullBytes);
                break;
            case string text:
                Text(text);
                break;
            case bool flag:
                Bytes(flag ? TrueBytes : FalseBytes);
                break;
            case DateOnly date:
                Formatted(date, "yyyy-MM-dd");
                break;
            case DateTime timestamp:
                Formatted(timestamp, "yyyy-MM-dd HH:mm:ss.FFFFFFF");
                if (_buffer[_used - 1] == (byte)'.')
                {
                    _used--; // no fraction of a second: the format leaves its point
                }

                break;
            case double number:
                Formatted(number, "R");
                break;
            case IUtf8SpanFormattable number:
                Formatted(number, default);
                break;
            case IFormattable other:
                Text(other.ToString(null, CultureInfo.InvariantCulture), quoted: false);
                break;
            default:
                throw new ArgumentException($"No CSV form for {value.GetType().Name}.", nameof(value));
        }
    }

    private void Formatted<T>(T value, ReadOnlySpan<char> format)
        where T : IUtf8SpanFormattable
    {
        Room(ValueRoom);
        if (!value.TryFormat(_buffer.AsSpan(_used), out var written, format, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("A value did not fit its room.");
        }

        _used += written;
    }

    private void Text(string text, bool quoted = true)
    {
        // Each char is at most 3 UTF-8 bytes (a surrogate pair is 4 for 2 chars); a quote doubles.
        Room((text.Length * 3) + (quoted ? text.Length + 2 : 0));
        if (!quoted)
        {
            _used += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_used));
            return;
        }

        _buffer[_used++] = (byte)'"';
        var rest = text.AsSpan();
        int quote;
        while ((quote = rest.IndexOf('"')) >= 0)
        {
            _used += Encoding.UTF8.GetBytes(rest[..(quote + 1)], _buffer.AsSpan(_used));
            _buffer[_used++] = (byte)'"';
            rest = rest[(quote + 1)..];
        }

        _used += Encoding.UTF8.GetBytes(rest, _buffer.AsSpan(_used));
        _buffer[_used++] = (byte)'"';
    }

    private void Bytes(byte[] bytes)
    {
        Room(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    private void Byte(byte value)
    {
        Room(1);
        _buffer[_used++] = value;
    }

    /// <summary>Makes room for <paramref name="bytes"/> more: writes the buffer out first, and grows it for a value larger than it.</summary>
    private void Room(int bytes)
    {
        if (_buffer.Length - _used >= bytes)
        {
            return;
        }

        Flush();
        if (_buffer.Length < bytes)
        {
            _buffer = new byte[bytes];
        }
    }
}
