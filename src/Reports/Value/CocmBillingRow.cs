using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Value;

/// <summary>One row of the Collaborative care billing sheet: a code at a clinic (or the network) in a month, or over all months.</summary>
/// <param name="Code">99492, 99493, 99494 or G2214.</param>
/// <param name="Clinic">The clinic, or the network (the sum of the clinics).</param>
/// <param name="Period">The month, or null for the total over the report's months.</param>
/// <param name="PatientMonths">Billable patient-months.</param>
/// <param name="Units">Billable units.</param>
/// <param name="PatientMonthsCell">The cell of <paramref name="PatientMonths"/> in the suppression table.</param>
/// <param name="UnitsCell">The cell of <paramref name="Units"/> in the suppression table.</param>
internal sealed record CocmBillingRow(string Code, ReportClinic Clinic, Month? Period, int PatientMonths, int Units, int PatientMonthsCell, int UnitsCell);
