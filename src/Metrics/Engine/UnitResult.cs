using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Engine;

/// <summary>
/// One unit of a measure (a row of patients.csv and kpi_patient): a patient-month, an index
/// screening, referral, fill or PHQ-9 event, an encounter, a survey. An excluded unit is neither
/// in the denominator nor the numerator and never pending.
/// </summary>
/// <param name="MeasureId">The measure.</param>
/// <param name="ClinicId">The clinic the unit belongs to (each measure says which).</param>
/// <param name="Period">The month the unit is reported in.</param>
/// <param name="PatientId">The patient's id in its source.</param>
/// <param name="UnitId">The index record's id, the encounter or survey id, or the patient id for patient-months.</param>
/// <param name="InDenominator">Counted in the denominator.</param>
/// <param name="Excluded">Excluded (then neither in the denominator nor the numerator).</param>
/// <param name="InNumerator">Meets the numerator (for counts: contributes more than zero).</param>
/// <param name="Pending">The evaluation window is still open at the as-of date, so the result may still change:
/// usually only while the numerator is not met; response and remission stay pending even when met,
/// because a later score in the window replaces the follow-up score.</param>
/// <param name="NumeratorValue">What the unit adds to the numerator: 1 or 0 for proportions, a count or weight for ED measures.</param>
/// <param name="Days">A statistic that is not a rate (days from referral to engagement), or null.</param>
public sealed record UnitResult(
    string MeasureId,
    string ClinicId,
    Month Period,
    string PatientId,
    string UnitId,
    bool InDenominator,
    bool Excluded,
    bool InNumerator,
    bool Pending,
    double NumeratorValue,
    int? Days = null)
{
    /// <summary>A proportion unit: numerator value 1 when met.</summary>
    public static UnitResult Proportion(string measure, string clinic, Month period, string patient, string unit, bool met, bool pending = false) =>
        new(measure, clinic, period, patient, unit, InDenominator: true, Excluded: false, InNumerator: met, Pending: pending && !met, met ? 1 : 0);

    /// <summary>An excluded unit.</summary>
    public static UnitResult Exclusion(string measure, string clinic, Month period, string patient, string unit) =>
        new(measure, clinic, period, patient, unit, InDenominator: false, Excluded: true, InNumerator: false, Pending: false, 0);
}
