using QiPipeline.Metrics.Engine;

namespace QiPipeline.Application;

/// <summary>A measure run's outcome, kept in memory for the reports.</summary>
/// <param name="Request">What was asked.</param>
/// <param name="Patients">The patients evaluated.</param>
/// <param name="Units">The measure units computed.</param>
/// <param name="Rows">Every kpi_monthly row (every stratum); kpis.csv holds those of the stratum <c>all</c>.</param>
/// <param name="Collected">The workbooks' extras when <see cref="MeasureRequest.ForReports"/>, else null.</param>
internal sealed record MeasureResult(MeasureRequest Request, long Patients, long Units, IReadOnlyList<KpiRow> Rows, ReportCollectors? Collected);
