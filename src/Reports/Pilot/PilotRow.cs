namespace QiPipeline.Reports.Pilot;

/// <summary>One measure at one pilot clinic: its final months before and after go-live, and the comparison clinics' over the same months.</summary>
/// <param name="Measure">How the measure is shown.</param>
/// <param name="Before">The pilot's final months before the go-live month.</param>
/// <param name="After">The pilot's final months from the go-live month on.</param>
/// <param name="ComparisonBefore">The comparison clinics, pooled over the months of <paramref name="Before"/>.</param>
/// <param name="ComparisonAfter">The comparison clinics, pooled over the months of <paramref name="After"/>.</param>
internal sealed record PilotRow(MeasureDisplay Measure, PilotPeriod Before, PilotPeriod After, PilotPeriod ComparisonBefore, PilotPeriod ComparisonAfter);
