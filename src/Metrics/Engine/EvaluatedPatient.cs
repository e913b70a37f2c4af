using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Engine;

/// <summary>
/// One patient's timeline with the units every family computed for it (all added up), the units listed
/// per patient (kpi_patient, patients.csv) and their kpi_patient rows.
/// </summary>
internal sealed record EvaluatedPatient(PatientTimeline Timeline, List<UnitResult> Units, List<UnitResult> Listed, object?[][] Rows);
