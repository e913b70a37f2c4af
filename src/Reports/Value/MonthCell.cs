using QiPipeline.Metrics.Engine;

namespace QiPipeline.Reports.Value;

/// <summary>A kpi row of the Monthly sheet with its cells in the suppression table.</summary>
internal sealed record MonthCell(KpiRow Row, MeasureDisplay Measure, ReportClinic Clinic, Counts Cells);
