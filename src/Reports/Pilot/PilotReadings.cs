namespace QiPipeline.Reports.Pilot;

/// <summary>The words of a pilot row's two readings, shared by the readings and the statistics sheets.</summary>
internal static class PilotReadings
{
    /// <summary>
    /// True when the comparison clinics have fewer than <see cref="PilotOptions.MinComparisonUnits"/> units in
    /// the before or the after months: a difference in differences on so few says nothing a reader should act on.
    /// </summary>
    public static bool TooFewComparison(PilotRow row, PilotOptions options) =>
        Math.Min(row.ComparisonBefore.Denominator, row.ComparisonAfter.Denominator) < options.MinComparisonUnits;

    /// <summary>"no data" when neither side has a unit, else the reading of after against before.</summary>
    public static string OfChange(PilotRow row, PilotEstimates estimates) =>
        row.Before.Denominator == 0 && row.After.Denominator == 0 ? PilotReading.NoData
        : estimates.Change is null ? PilotReading.NotEnoughData
        : PilotReading.Of(estimates.Change, row.Measure.IsRate, row.Measure.Direction);

    /// <summary>The reading of the pilot's change against the comparison clinics'.</summary>
    public static string AgainstComparison(PilotRow row, PilotEstimates estimates, PilotOptions options) =>
        row.Before.Denominator == 0 && row.After.Denominator == 0 ? PilotReading.NoData
        : estimates.Change is null ? PilotReading.NotEnoughData
        : row.ComparisonBefore.Denominator == 0 && row.ComparisonAfter.Denominator == 0 ? "no comparison data"
        : TooFewComparison(row, options) ? PilotReading.TooFewComparison
        : estimates.Effect is null ? PilotReading.NotEnoughData
        : PilotReading.Of(estimates.Effect, row.Measure.IsRate, row.Measure.Direction);
}
