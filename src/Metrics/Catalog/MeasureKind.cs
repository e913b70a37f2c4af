namespace QiPipeline.Metrics.Catalog;

/// <summary>What a measure's numerator over denominator is.</summary>
public enum MeasureKind
{
    /// <summary>Units meeting the numerator over units in the denominator (a share, shown in percent; p chart).</summary>
    Proportion,

    /// <summary>Events (or weights) per attributed patient-month (shown per 1,000 patients per year; u chart).</summary>
    RatePerPatientMonth,
}
