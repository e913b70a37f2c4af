using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>A billable collaborative care code for one patient-month.</summary>
/// <param name="ClinicId">The clinic that bills it (see <see cref="CocmBilling"/>).</param>
/// <param name="Period">The month of care.</param>
/// <param name="PatientId">The patient's id in its source.</param>
/// <param name="Code">99492, 99493, 99494 or G2214.</param>
/// <param name="Units">How many times the code is billable (more than 1 only for 99494).</param>
public sealed record CocmClaim(string ClinicId, Month Period, string PatientId, string Code, int Units);
