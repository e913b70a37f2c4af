namespace QiPipeline.SampleData.Tests.Support;

/// <summary>
/// Index events of the outcome measures, recomputed from the definitions in docs/measures.md:
/// a qualifying score of 10 or more opens an episode unless an earlier index event is dated in
/// the 365 days before it; the index score is the day's highest.
/// </summary>
public static class Episodes
{
    public static List<(DateOnly Day, int Score)> IndexEvents(
        IEnumerable<(DateOnly Day, int Score)> scores, DateOnly birth, Func<DateOnly, bool> qualifies)
    {
        var events = new List<(DateOnly Day, int Score)>();
        foreach (var day in scores.Where(s => s.Score >= 10).Select(s => s.Day).Distinct().Order())
        {
            if (Timelines.Age(birth, day) < 12 || !qualifies(day) || (events.Count > 0 && events[^1].Day.AddDays(365) >= day))
            {
                continue;
            }

            events.Add((day, scores.Where(s => s.Day == day).Max(s => s.Score)));
        }

        return events;
    }

    /// <summary>The 6-month window [d + 6 months - 60, d + 6 months + 60].</summary>
    public static (DateOnly From, DateOnly To) SixMonthWindow(DateOnly index)
    {
        var target = index.AddMonths(6);
        return (target.AddDays(-60), target.AddDays(60));
    }

    /// <summary>The follow-up score: on the latest date in the window, the lowest; null when none.</summary>
    public static int? FollowUp(IEnumerable<(DateOnly Day, int Score)> scores, DateOnly from, DateOnly to)
    {
        var inWindow = scores.Where(s => s.Day >= from && s.Day <= to).ToList();
        if (inWindow.Count == 0)
        {
            return null;
        }

        var last = inWindow.Max(s => s.Day);
        return inWindow.Where(s => s.Day == last).Min(s => s.Score);
    }
}
