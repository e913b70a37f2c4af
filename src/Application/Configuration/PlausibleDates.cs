namespace QiPipeline.Application.Configuration;

/// <summary>
/// The dates a configuration value or an as-of may take: the data's plausible range. Outside it a date is a
/// typo (0001-01-01, 9999-12-31), and month arithmetic on it would overflow.
/// </summary>
internal static class PlausibleDates
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public static readonly DateOnly Latest = new(2200, 12, 31);

    public static bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>"from 1900-01-01 to 2200-12-31", for messages.</summary>
    public static string Range => $"from {Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}";
}
