using System.Globalization;

namespace QiPipeline.Metrics.Timeline;

/// <summary>A calendar month [<see cref="Start"/>, <see cref="End"/>], both days inclusive.</summary>
public readonly record struct Month : IComparable<Month>
{
    /// <summary>Creates a month; throws for an invalid year or month.</summary>
    public Month(int year, int month)
    {
        Start = new DateOnly(year, month, 1);
    }

    /// <summary>The first day.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day (inclusive).</summary>
    public DateOnly End => Start.AddMonths(1).AddDays(-1);

    /// <summary>The month a date falls in.</summary>
    public static Month Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Parses <c>YYYY-MM</c>.</summary>
    public static bool TryParse(string text, out Month month)
    {
        month = default;
        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return false;
        }

        month = Of(day);
        return true;
    }

    /// <summary>The month <paramref name="months"/> later (or earlier when negative).</summary>
    public Month Plus(int months) => Of(Start.AddMonths(months));

    /// <summary>Every month from <paramref name="first"/> to <paramref name="last"/>, inclusive.</summary>
    public static IEnumerable<Month> Range(Month first, Month last)
    {
        for (var m = first; m.CompareTo(last) <= 0; m = m.Plus(1))
        {
            yield return m;
        }
    }

    /// <summary>Whether the date falls in this month.</summary>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <inheritdoc />
    public int CompareTo(Month other) => Start.CompareTo(other.Start);

    /// <summary>Earlier than.</summary>
    public static bool operator <(Month left, Month right) => left.CompareTo(right) < 0;

    /// <summary>Later than.</summary>
    public static bool operator >(Month left, Month right) => left.CompareTo(right) > 0;

    /// <summary>Not later than.</summary>
    public static bool operator <=(Month left, Month right) => left.CompareTo(right) <= 0;

    /// <summary>Not earlier than.</summary>
    public static bool operator >=(Month left, Month right) => left.CompareTo(right) >= 0;

    /// <summary><c>YYYY-MM</c>.</summary>
    public override string ToString() => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
