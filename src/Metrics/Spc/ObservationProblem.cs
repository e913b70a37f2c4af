namespace QiPipeline.Metrics.Spc;

/// <summary>Why an observation cannot go on a chart.</summary>
/// <param name="InDenominator">The denominator is at fault (else the value is).</param>
/// <param name="Message">What is wrong, for a person.</param>
internal sealed record ObservationProblem(bool InDenominator, string Message);
