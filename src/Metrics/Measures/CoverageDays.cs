using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>Days covered by medication fills, the way HEDIS AMM counts them.</summary>
internal static class CoverageDays
{
    /// <summary>
    /// The days of [<paramref name="from"/>, <paramref name="to"/>] covered by <paramref name="fills"/>.
    /// Fills are grouped by drug name (case-insensitive); within a drug, in the given order, a fill
    /// starts at the later of its date and the day after the drug's previous fill ends, and covers
    /// <see cref="MedicationFill.DaysSupply"/> days. Different drugs never shift; a day covered twice
    /// counts once.
    /// </summary>
    /// <param name="fills">The fills, by date then id.</param>
    /// <param name="from">The first day counted.</param>
    /// <param name="to">The last day counted (inclusive).</param>
    public static int Count(IEnumerable<MedicationFill> fills, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return 0;
        }

        var covered = new bool[to.DayNumber - from.DayNumber + 1];
        foreach (var drug in fills.GroupBy(f => f.Drug, StringComparer.OrdinalIgnoreCase))
        {
            // Day numbers rather than dates: a long supply shifted forward may run past DateOnly.MaxValue.
            long next = long.MinValue;
            foreach (var fill in drug)
            {
                var start = Math.Max(fill.Date.DayNumber, next);
                var end = start + Math.Max(fill.DaysSupply, 0) - 1;
                for (var day = Math.Max(start, from.DayNumber); day <= Math.Min(end, to.DayNumber); day++)
                {
                    covered[day - from.DayNumber] = true;
                }

                next = end + 1;
            }
        }

        return covered.Count(day => day);
    }
}
