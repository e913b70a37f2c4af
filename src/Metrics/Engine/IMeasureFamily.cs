using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Engine;

/// <summary>
/// A family of measures evaluated on one patient's timeline (the "patient context" of CQL
/// engines). An implementation reads its parameters once, in its constructor, from the context,
/// keeps no state between patients, and adds one <see cref="UnitResult"/> per unit whose period
/// is a reported month.
/// </summary>
public interface IMeasureFamily
{
    /// <summary>The measure ids this family computes, in report order.</summary>
    IReadOnlyList<string> MeasureIds { get; }

    /// <summary>Evaluates every measure of the family for one patient.</summary>
    void Evaluate(PatientTimeline timeline, ICollection<UnitResult> results);

    /// <summary>
    /// Whether <paramref name="unit"/> gets a row of its own in the warehouse's kpi_patient (every unit
    /// is added up, and listed in patients.csv, either way). A family leaves out only units that other listed rows already imply, so
    /// every number stays traceable to patients: by default every unit is listed.
    /// </summary>
    bool Lists(UnitResult unit) => true;
}
