namespace QiPipeline.Metrics.Spc;

/// <summary>The Making Data Count variation of a point, and of a chart (its last point): the variation icon.</summary>
public enum Variation
{
    /// <summary>No rule fired: common cause variation.</summary>
    CommonCause,

    /// <summary>Special cause on the side that is better.</summary>
    Improvement,

    /// <summary>Special cause on the side that is worse.</summary>
    Concern,

    /// <summary>Special cause above the mean, for a measure with no improvement direction.</summary>
    NeutralHigh,

    /// <summary>Special cause below the mean, for a measure with no improvement direction.</summary>
    NeutralLow,
}
