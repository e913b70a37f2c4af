using System.Globalization;
using System.Text.RegularExpressions;

namespace QiPipeline.Etl.Validation;

/// <summary>
/// Reads a date column as clinics send it: an ISO date (<c>2021-08-23</c>), or an ISO
/// timestamp with <c>T</c> or a space (SQLite's <c>2021-08-23 03:26:50</c>), with or without
/// seconds, fractions and an offset or <c>Z</c>. The local date is the source's: a timestamp
/// with an offset is first converted to the source's time zone; one without is already local.
/// Anything else, and any date or time that does not exist (<c>2024-02-30</c>, <c>25:00</c>),
/// is not a date.
/// </summary>
internal static partial class SourceDates
{
    /// <summary>The local date of <paramref name="raw"/> in <paramref name="zone"/>, or false when it is not a date.</summary>
    public static bool TryParse(string raw, TimeZoneInfo zone, out DateOnly date)
    {
        // Most dates are plain dates: parse them without the regular expression (it runs for every date of every record).
        if (raw.Length == 10)
        {
            return DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        date = default;
        var match = Timestamp().Match(raw);
        if (!match.Success
            || !DateOnly.TryParseExact(match.Groups["date"].ValueSpan, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return false;
        }

        if (!match.Groups["time"].Success)
        {
            date = day;
            return true;
        }

        if (!TryTime(match, out var time))
        {
            return false;
        }

        var offset = match.Groups["offset"];
        if (!offset.Success)
        {
            date = day;
            return true;
        }

        if (!TryOffset(offset.Value, out var span))
        {
            return false;
        }

        var instant = new DateTimeOffset(day.ToDateTime(time), span);
        date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        return true;
    }

    private static bool TryTime(Match match, out TimeOnly time)
    {
        time = default;
        var hour = int.Parse(match.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var second = match.Groups["s"].Success ? int.Parse(match.Groups["s"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        // Fractions beyond ticks (a nanosecond clock's nine digits) cannot change the date: they are cut.
        var fraction = match.Groups["f"].Value;
        var ticks = fraction.Length == 0 ? 0 : int.Parse(fraction.PadRight(7, '0').AsSpan(0, 7), CultureInfo.InvariantCulture);
        time = new TimeOnly(hour, minute, second).Add(TimeSpan.FromTicks(ticks));
        return true;
    }

    private static bool TryOffset(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text is "Z" or "z")
        {
            return true;
        }

        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        var hours = int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var minutes = digits.Length > 2 ? int.Parse(digits.AsSpan(2), CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    [GeneratedRegex(
        @"^(?<date>\d{4}-\d{2}-\d{2})(?<time>[Tt ](?<h>\d{2}):(?<m>\d{2})(:(?<s>\d{2})([.,](?<f>\d{1,9}))?)?(?<offset>[Zz]|[+-]\d{2}(:?\d{2})?)?)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Timestamp();
}
