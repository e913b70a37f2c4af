using System.Globalization;

namespace QiPipeline.SampleData;

/// <summary>
/// Times with their UTC offset for the FHIR clinic, in its time zone (daylight saving included),
/// derived from the record id like <see cref="SouthClock"/>, so no draw from the patient's random
/// stream changes the other clinics. The loader, given the same time zone, dates each record on
/// the day the CSV extract writes.
/// </summary>
internal static class FhirClock
{
    public const string TimeZoneId = "America/New_York";

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>Clinic hours, 08:00-16:45.</summary>
    public static string ClinicTime(DateOnly day, long id, Entity entity) => At(day, 480 + ((int)(Hash(id, entity) % 36) * 15));

    /// <summary>Any minute of the day, so some ED arrivals fall just before midnight (the next day in UTC).</summary>
    public static string AnyTime(DateOnly day, long id, Entity entity) => At(day, (int)(Hash(id, entity) % 1440));

    /// <summary>
    /// A date column's value as a timestamp: a good ISO date gets a time and its offset; anything
    /// else (an injected bad date) is written as it is.
    /// </summary>
    public static string? Stamp(string? value, Func<DateOnly, string> time) =>
        value is not null && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? time(day)
            : value;

    private static string At(DateOnly day, int minutes)
    {
        var local = day.ToDateTime(new TimeOnly(minutes / 60, minutes % 60));
        var offset = Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    private static ulong Hash(long id, Entity entity) => Rng.Combine((ulong)id, 300 + (ulong)entity);
}
