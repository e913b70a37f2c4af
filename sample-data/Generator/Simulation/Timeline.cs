namespace QiPipeline.SampleData;

/// <summary>The generated history: whole months from <see cref="Start"/> to <see cref="End"/> (inclusive, End may be mid-month).</summary>
internal sealed class Timeline
{
    public Timeline(DateOnly end, int months)
    {
        End = end;
        Start = new DateOnly(end.Year, end.Month, 1).AddMonths(-(months - 1));
        Months = months;
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public int Months { get; }

    /// <summary>The first day of the month <paramref name="monthsBeforeEnd"/> months before End's month.</summary>
    public DateOnly MonthStartBeforeEnd(int monthsBeforeEnd) => new DateOnly(End.Year, End.Month, 1).AddMonths(-monthsBeforeEnd);

    /// <summary>0 for Start's month; clamped to the history.</summary>
    public int MonthIndex(DateOnly day) =>
        Math.Clamp(((day.Year - Start.Year) * 12) + day.Month - Start.Month, 0, Months - 1);
}
