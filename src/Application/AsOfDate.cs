namespace QiPipeline.Application;

/// <summary>
/// The as-of date of a measure run: the one given, else the last day of the last complete month (a month
/// still in progress would show as a collapse), with the data's latest event date, so a caller can say both
/// and warn when the as-of is more than <see cref="StaleDays"/> days after it (those months would show no
/// data, not a change in care).
/// </summary>
/// <param name="Date">The as-of date.</param>
/// <param name="Given">Whether it was given (else it is the end of the last complete month).</param>
/// <param name="LatestRecord">The warehouse's latest event date, or null when it holds no event.</param>
internal sealed record AsOfDate(DateOnly Date, bool Given, DateOnly? LatestRecord)
{
    /// <summary>How far an as-of may be past the latest record before it is warned about.</summary>
    public const int StaleDays = 31;

    /// <summary>Days from the latest record to the as-of date when more than <see cref="StaleDays"/>, else null.</summary>
    public int? StaleBy => LatestRecord is { } last && Date.DayNumber - last.DayNumber > StaleDays ? Date.DayNumber - last.DayNumber : null;

    /// <summary>The last day of the month before the one <paramref name="time"/> is in (local time).</summary>
    public static DateOnly LastCompleteMonthEnd(TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        return new DateOnly(today.Year, today.Month, 1).AddDays(-1);
    }
}
