namespace QiPipeline.Metrics.Engine;

/// <summary>What a measure run produced.</summary>
/// <param name="Patients">Patients evaluated.</param>
/// <param name="Units">Units written to kpi_patient.</param>
/// <param name="Rows">Every kpi_monthly row (stratum <c>all</c> first).</param>
public sealed record MeasureRunResult(long Patients, long Units, IReadOnlyList<KpiRow> Rows);
