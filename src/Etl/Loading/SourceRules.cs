namespace QiPipeline.Etl.Loading;

/// <summary>How a source's records are read and judged, besides retries and time limits.</summary>
/// <param name="TimeZone">The zone whose local date a timestamp with an offset is given.</param>
/// <param name="MaxRejectShare">The largest share of an entity's records that may be rejected before the source fails (0-1).</param>
internal sealed record SourceRules(TimeZoneInfo TimeZone, double MaxRejectShare)
{
    /// <summary>The share of a source without the key: more than half rejected is a mapping or export problem, not bad luck.</summary>
    public const double DefaultMaxRejectShare = 0.5;

    /// <summary>The rules of a source whose configuration names none of the keys: the machine's zone, half.</summary>
    public static SourceRules Default => From(null, null);

    /// <summary>The rules from validated configured values (an IANA id, a share 0-1), defaults for the absent ones.</summary>
    public static SourceRules From(string? timeZone, double? maxRejectShare) => new(
        timeZone is null ? TimeZoneInfo.Local : TimeZoneInfo.FindSystemTimeZoneById(timeZone),
        maxRejectShare ?? DefaultMaxRejectShare);
}
