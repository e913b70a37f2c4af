namespace QiPipeline.SampleData;

/// <summary>What <see cref="ClinicGenerator"/> generates. The same options always give the same data.</summary>
public sealed record GeneratorOptions
{
    /// <summary>Patients across the three clinics (N1 36%, S1 34%, E1 the rest).</summary>
    public int Patients { get; init; } = 3000;

    /// <summary>The random seed: every value follows from it and the other options.</summary>
    public int Seed { get; init; } = 20250101;

    /// <summary>The last day of data (required): nothing good is dated after it.</summary>
    public DateOnly End { get; init; }

    /// <summary>Calendar months of history ending with End's month.</summary>
    public int Months { get; init; } = 36;

    /// <summary>The share of records made bad, spread over every reject reason of the loader.</summary>
    public double BadRate { get; init; } = 0.005;
}
