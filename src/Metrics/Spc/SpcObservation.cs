namespace QiPipeline.Metrics.Spc;

/// <summary>One point of a series as measured: a value and, for p, u, p′ and u′ charts, its denominator.</summary>
/// <param name="Value">The measure (run, I, MR, c charts) or the count of events (p, u, p′, u′ charts).</param>
/// <param name="Denominator">
/// The denominator of a p, u, p′ or u′ chart (patients, visits, patient-months): the plotted value is
/// <see cref="Value"/> / <see cref="Denominator"/>. Ignored by the other charts.
/// </param>
public readonly record struct SpcObservation(double Value, double Denominator = 1);
