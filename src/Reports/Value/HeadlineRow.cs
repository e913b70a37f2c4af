namespace QiPipeline.Reports.Value;

/// <summary>One measure at one pilot clinic (or a group of <see cref="HeadlineGroups"/>), before against after go-live.</summary>
/// <param name="Measure">How the measure is shown.</param>
/// <param name="Clinic">The clinic, or the network.</param>
/// <param name="GoLive">The go-live date that splits the months (for the pilot clinics' group, the first of theirs).</param>
/// <param name="Before">The final months before the go-live month.</param>
/// <param name="After">The final months from the go-live month on.</param>
internal sealed record HeadlineRow(MeasureDisplay Measure, ReportClinic Clinic, DateOnly GoLive, PooledPeriod Before, PooledPeriod After);
