using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>The index events (baselines) of the outcome measures.</summary>
internal static class BaselineEvents
{
    /// <summary>
    /// The index screenings, in date order: a date d with a score &gt;= the rule's threshold that
    /// qualifies (age, and the needed diagnosis in [d - lookback, d]) is an index event when no
    /// index event is dated in [d - episodeDays, d - 1]. Only index events block: a high score that
    /// was not one (no diagnosis yet, say) does not, and a patient who stays high opens a new episode
    /// with the first qualifying score after the last one's 365 days. The screening is the highest
    /// score dated d, ties the lowest id.
    /// </summary>
    /// <param name="scores">The scored screenings of the rule's instruments, by date then id (<see cref="BaselineRule.Scores"/>).</param>
    /// <param name="timeline">The patient's timeline, for the age and the diagnoses.</param>
    /// <param name="rule">What qualifies and how long an index event blocks the next.</param>
    public static IEnumerable<Screening> Find(IReadOnlyList<Screening> scores, PatientTimeline timeline, BaselineRule rule)
    {
        DateOnly? lastIndex = null;
        foreach (var day in scores.GroupBy(s => s.Date))
        {
            var date = day.Key;
            if (!day.Any(s => s.Score >= rule.Threshold)
                || (lastIndex is { } previous && previous >= date.AddDays(-rule.EpisodeDays))
                || !rule.Qualifies(timeline, date))
            {
                continue;
            }

            lastIndex = date;
            yield return day.OrderByDescending(s => s.Score).ThenBy(s => s.Id, StringComparer.Ordinal).First();
        }
    }
}
