using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>Days covered by medication fills, the way HEDIS AMM counts them.</summary>
internal static class CoverageDays
{
    /// <summary>
    /// The days of [<paramref name="from"/>, <paramref name="to"/>] covered by <paramref name="fills"/>
    /// (see <see cref="Spans"/>); a day covered twice counts once.
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
        foreach (var (start, end) in Spans(fills))
        {
            for (var day = Math.Max(start, from.DayNumber); day <= Math.Min(end, to.DayNumber); day++)
            {
                covered[day - from.DayNumber] = true;
            }
        }

        return covered.Count(day => day);
    }

    /// <summary>
    /// The first day no fill covers any more (the day after the last covered day), or null without
    /// fills: when the supply runs out, early refills of a drug carried forward as <see cref="Spans"/> does.
    /// </summary>
    /// <param name="fills">The fills, by date then id.</param>
    public static DateOnly? RunsOut(IEnumerable<MedicationFill> fills)
    {
        var last = Spans(fills).Select(s => s.End).DefaultIfEmpty(long.MinValue).Max();
        return last == long.MinValue ? null : DateOnly.FromDayNumber((int)Math.Min(last + 1, DateOnly.MaxValue.DayNumber));
    }

    /// <summary>
    /// The days each fill covers, as day numbers [start, end]. Fills are grouped by drug name
    /// (case-insensitive); within a drug, in the given order, a fill starts at the later of its date
    /// and the day after the drug's previous fill ends, and covers <see cref="MedicationFill.DaysSupply"/>
    /// days. Different drugs never shift.
    /// </summary>
    private static IEnumerable<(long Start, long End)> Spans(IEnumerable<MedicationFill> fills)
    {
        foreach (var drug in fills.GroupBy(f => f.Drug, StringComparer.OrdinalIgnoreCase))
        {
            // Day numbers rather than dates: a long supply shifted forward may run past DateOnly.MaxValue.
            long next = long.MinValue;
            foreach (var fill in drug)
            {
                var start = Math.Max(fill.Date.DayNumber, next);
                var end = start + Math.Max(fill.DaysSupply, 0) - 1;
                yield return (start, end);
                next = end + 1;
            }
        }
    }
}
