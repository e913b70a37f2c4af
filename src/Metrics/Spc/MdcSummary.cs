namespace QiPipeline.Metrics.Spc;

/// <summary>A chart read the Making Data Count way: each point's rules, and the two icons for its latest point.</summary>
/// <param name="Points">One per chart point, in order.</param>
/// <param name="VariationIcon">The variation of the latest point.</param>
/// <param name="AssuranceIcon">Where the target lies against the latest point's limits.</param>
public sealed record MdcSummary(IReadOnlyList<MdcPoint> Points, Variation VariationIcon, Assurance AssuranceIcon);
