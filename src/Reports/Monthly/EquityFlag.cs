namespace QiPipeline.Reports.Monthly;

/// <summary>How a stratum value compares with the rest of its stratum, beyond chance at the 95% level or not.</summary>
internal enum EquityFlag
{
    /// <summary>The interval includes no difference, or there is no rest to compare with.</summary>
    None,

    /// <summary>Worse than the rest beyond chance: the flag.</summary>
    Worse,

    /// <summary>Better than the rest beyond chance.</summary>
    Better,
}
