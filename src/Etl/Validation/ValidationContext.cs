namespace QiPipeline.Etl.Validation;

/// <summary>What a record is validated against besides its own values.</summary>
/// <param name="RunDate">The run's date: a record dated after it is a <c>future_date</c>.</param>
/// <param name="Clinics">The configured clinic ids, or null to accept any clinic.</param>
/// <param name="RequireUpdatedAt">True in incremental mode, where <c>updated_at</c> is required.</param>
/// <param name="TimeZone">The source's time zone, which decides a timestamp's date; null for the machine's.</param>
internal sealed record ValidationContext(DateOnly RunDate, IReadOnlySet<string>? Clinics, bool RequireUpdatedAt, TimeZoneInfo? TimeZone = null)
{
    /// <summary>The zone dates are taken in.</summary>
    public TimeZoneInfo Zone => TimeZone ?? TimeZoneInfo.Local;
}
