using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>The index events (baselines) of the depression outcome measures.</summary>
internal static class BaselineEvents
{
    /// <summary>
    /// The index screenings: a date d with a score &gt;= <paramref name="threshold"/>, age &gt;=
    /// <paramref name="minAge"/> at d, and no score &gt;= <paramref name="threshold"/> in
    /// [d - <paramref name="lookbackDays"/>, d - 1]; at most one per month (the earliest). The
    /// screening is the highest score dated d, ties the lowest id.
    /// </summary>
    /// <param name="scores">The scored screenings of the measure's instruments, by date then id.</param>
    /// <param name="patient">The patient, for the age.</param>
    /// <param name="minAge">The minimum age at d.</param>
    /// <param name="threshold">The index score threshold.</param>
    /// <param name="lookbackDays">How far back a high score prevents a new index event.</param>
    public static IEnumerable<Screening> Find(IReadOnlyList<Screening> scores, Patient patient, int minAge, int threshold, int lookbackDays)
    {
        DateOnly? lastHigh = null;
        Month? lastIndexMonth = null;
        foreach (var day in scores.GroupBy(s => s.Date))
        {
            var date = day.Key;
            if (!day.Any(s => s.Score >= threshold))
            {
                continue;
            }

            // Any earlier high score counts against the lookback, even one that was not an index
            // event itself (taken under the minimum age, say): the rule speaks of scores.
            var clear = lastHigh is not { } previous || previous < date.AddDays(-lookbackDays);
            lastHigh = date;
            if (clear && patient.AgeAt(date) >= minAge && lastIndexMonth != Month.Of(date))
            {
                lastIndexMonth = Month.Of(date);
                yield return day.OrderByDescending(s => s.Score).ThenBy(s => s.Id, StringComparer.Ordinal).First();
            }
        }
    }
}
