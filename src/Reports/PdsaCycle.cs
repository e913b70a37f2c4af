namespace QiPipeline.Reports;

/// <summary>A configured PDSA cycle: a change tested at some clinics on one measure.</summary>
/// <param name="Id">The cycle id.</param>
/// <param name="ClinicIds">The clinics that test the change.</param>
/// <param name="MeasureId">The measure the change should move.</param>
/// <param name="Title">The change idea.</param>
/// <param name="Start">The first day of the cycle.</param>
/// <param name="End">The last day of the cycle (inclusive).</param>
/// <param name="Prediction">The predicted rate during the cycle, or null.</param>
public sealed record PdsaCycle(string Id, IReadOnlyList<string> ClinicIds, string MeasureId, string Title, DateOnly Start, DateOnly End, double? Prediction);
