using System.Globalization;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Warehouse.Schema;

/// <summary>
/// The raw values of a record as the reject log keeps them: a JSON object of the values as read
/// (trimmed; empty ones left out), each cut at <see cref="MaxLength"/> characters. A record that
/// a row check rejects is staged with them. A good record whose every value reads back exactly
/// from its typed staging column is staged without: the few of those that a set-based check
/// rejects later (a duplicate id, an unknown patient) get them rebuilt in SQL from the typed
/// columns (<see cref="Dialects.EntityLoadSql.InsertRejects"/>). Staging them for every record
/// about doubled the bytes staged (docs/performance.md).
/// </summary>
public static class RawValues
{
    /// <summary>Raw values longer than this are cut in the reject log (a 10 MB field helps nobody there).</summary>
    public const int MaxLength = 1000;

    /// <summary>The one date form rebuilt from a typed date.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The one timestamp form rebuilt from a typed timestamp (the form database sources give, without a fraction).</summary>
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss";

    /// <summary>
    /// Whether <paramref name="raw"/> is exactly what the warehouse rebuilds from the typed value
    /// <paramref name="typed"/> of a column of type <paramref name="type"/>, and needs no JSON escape.
    /// </summary>
    public static bool ReadsBack(ColumnType type, string? raw, object? typed)
    {
        if (raw is null || typed is null)
        {
            return raw is null && typed is null;
        }

        Span<char> text = stackalloc char[32];
        int written;
        switch (type)
        {
            case ColumnType.Text or ColumnType.LongText:
                return typed is string value && string.Equals(value, raw, StringComparison.Ordinal) && raw.Length <= MaxLength && !NeedsEscape(raw);
            case ColumnType.Date:
                return typed is DateOnly date && date.TryFormat(text, out written, DateFormat, CultureInfo.InvariantCulture) && raw.AsSpan().SequenceEqual(text[..written]);
            case ColumnType.Timestamp:
                return typed is DateTime timestamp && timestamp.TryFormat(text, out written, TimestampFormat, CultureInfo.InvariantCulture) && raw.AsSpan().SequenceEqual(text[..written]);
            case ColumnType.Integer:
                return typed is int number && number.TryFormat(text, out written, default, CultureInfo.InvariantCulture) && raw.AsSpan().SequenceEqual(text[..written]);
            case ColumnType.Boolean:
                return typed is bool flag && string.Equals(raw, flag ? "true" : "false", StringComparison.Ordinal);
            default:
                return false;
        }
    }

    /// <summary>Whether JSON needs an escape for a character of <paramref name="value"/> (a quote, a backslash, a control character).</summary>
    public static bool NeedsEscape(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (c is '"' or '\\' or < ' ')
            {
                return true;
            }
        }

        return false;
    }
}
