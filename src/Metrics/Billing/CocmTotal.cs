using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Billing;

/// <summary>The collaborative care claims of one clinic, month and code, added up over patients.</summary>
/// <param name="ClinicId">The billing clinic.</param>
/// <param name="Period">The month of care.</param>
/// <param name="Code">99492, 99493, 99494 or G2214.</param>
/// <param name="PatientMonths">Patient-months billable with the code.</param>
/// <param name="Units">Units billable (above <paramref name="PatientMonths"/> only for 99494, billable several times a month).</param>
public sealed record CocmTotal(string ClinicId, Month Period, string Code, int PatientMonths, int Units);
