using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Engine;

/// <summary>One patient's timeline with the units every family computed for it and their kpi_patient rows.</summary>
internal sealed record EvaluatedPatient(PatientTimeline Timeline, List<UnitResult> Units, object?[][] Rows);
