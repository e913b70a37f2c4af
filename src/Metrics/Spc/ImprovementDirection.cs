namespace QiPipeline.Metrics.Spc;

/// <summary>Which way a measure gets better, for the Making Data Count icons.</summary>
public enum ImprovementDirection
{
    /// <summary>Neither: signals are reported as high or low, with no judgement.</summary>
    Neutral,

    /// <summary>Higher is better (a screening rate).</summary>
    Increase,

    /// <summary>Lower is better (ED visits per patient).</summary>
    Decrease,
}
