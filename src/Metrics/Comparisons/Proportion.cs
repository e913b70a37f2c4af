namespace QiPipeline.Metrics.Comparisons;

/// <summary>Events out of a denominator: patients screened out of patients eligible.</summary>
public readonly record struct Proportion
{
    /// <summary>Checks 0 ≤ events ≤ total and total &gt; 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The counts do not make a proportion.</exception>
    public Proportion(int events, int total)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(total);
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(events, total);
        Events = events;
        Total = total;
    }

    /// <summary>The numerator.</summary>
    public int Events { get; }

    /// <summary>The denominator.</summary>
    public int Total { get; }

    /// <summary>Events / total.</summary>
    public double Value => (double)Events / Total;

    /// <inheritdoc />
    public override string ToString() => $"{Events}/{Total}";
}
