namespace QiPipeline.Reports.Value;

/// <summary>
/// Avoidable ED visits avoided after go-live: the before rate applied to the after patient-months, minus the
/// visits seen; the savings are those visits at the configured cost. A crude estimate: no trend, season or
/// case-mix adjustment (the Methods sheet says so).
/// </summary>
internal static class AvoidedVisits
{
    public const string MeasureId = "avoidable_ed_visits";

    public static double? Of(HeadlineRow row) =>
        row.Measure.MeasureId != MeasureId || row.Before.Denominator == 0 || row.After.Denominator == 0
            ? null
            : (row.Before.Numerator / row.Before.Denominator * row.After.Denominator) - row.After.Numerator;
}
