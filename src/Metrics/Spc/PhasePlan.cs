namespace QiPipeline.Metrics.Spc;

/// <summary>
/// Which points form which part, and which of them define the centre line and limits. Messages
/// number points from 1, as analysts and the command line do.
/// </summary>
internal sealed class PhasePlan
{
    private PhasePlan(IReadOnlyList<(int First, int Last)> parts, bool[] excluded, bool[] baseline)
    {
        Parts = parts;
        Excluded = excluded;
        Baseline = baseline;
    }

    /// <summary>Inclusive index ranges, in order.</summary>
    public IReadOnlyList<(int First, int Last)> Parts { get; }

    public bool[] Excluded { get; }

    /// <summary>In the centre line and limits: not excluded and not after a freeze.</summary>
    public bool[] Baseline { get; }

    public static PhasePlan Create(int count, SpcOptions options)
    {
        if (count == 0)
        {
            throw new ArgumentException("the series has no points");
        }

        var breaks = options.BreaksAfter;
        if (options.FreezeAfter is { } freeze)
        {
            if (breaks.Count > 0)
            {
                throw new ArgumentException("freeze and parts cannot be combined: a part already recomputes its own limits");
            }

            if (freeze < 1 || freeze > count)
            {
                throw new ArgumentException($"freeze after point {freeze} is outside the series (1 to {count})");
            }
        }

        var parts = new List<(int, int)>();
        var first = 0;
        foreach (var after in breaks)
        {
            if (after < 1 || after >= count)
            {
                throw new ArgumentException($"a new part after point {after} is outside the series (1 to {count - 1})");
            }

            if (after <= first)
            {
                throw new ArgumentException($"parts must be in ascending order without repeats ({after} comes after {first})");
            }

            parts.Add((first, after - 1));
            first = after;
        }

        parts.Add((first, count - 1));

        var excluded = new bool[count];
        foreach (var index in options.Excluded)
        {
            if (index < 0 || index >= count)
            {
                throw new ArgumentException($"excluded point {index + 1} is outside the series (1 to {count})");
            }

            excluded[index] = true;
        }

        var lastBaseline = (options.FreezeAfter ?? count) - 1;
        var baseline = new bool[count];
        for (var i = 0; i < count; i++)
        {
            baseline[i] = !excluded[i] && i <= lastBaseline;
        }

        return new PhasePlan(parts, excluded, baseline);
    }
}
