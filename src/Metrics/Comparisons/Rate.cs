namespace QiPipeline.Metrics.Comparisons;

/// <summary>Events over an exposure: ED visits over patient-months, or over patients.</summary>
public readonly record struct Rate
{
    /// <summary>Checks events ≥ 0 and a positive, finite exposure.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The counts do not make a rate.</exception>
    public Rate(long events, double exposure)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        if (!double.IsFinite(exposure) || exposure <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(exposure), exposure, "the exposure must be a positive number");
        }

        Events = events;
        Exposure = exposure;
    }

    /// <summary>The count of events.</summary>
    public long Events { get; }

    /// <summary>The exposure (patients, patient-months).</summary>
    public double Exposure { get; }

    /// <summary>Events / exposure.</summary>
    public double Value => Events / Exposure;
}
