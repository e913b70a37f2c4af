using System.Globalization;

namespace QiPipeline.SampleData;

/// <summary>
/// Times of day for the south database, derived from the record id so they are deterministic
/// without drawing from the patient's random stream (which would change the CSV clinics too).
/// </summary>
internal static class SouthClock
{
    /// <summary>Clinic hours, 08:00-16:45 in 15-minute slots: 'YYYY-MM-DD HH:MM'.</summary>
    public static string ClinicTime(DateOnly day, long id, Entity entity)
    {
        var minutes = 480 + ((int)(Hash(id, entity) % 36) * 15);
        return Format(day, minutes, seconds: null);
    }

    /// <summary>Any minute of the day (ED arrivals): 'YYYY-MM-DD HH:MM'.</summary>
    public static string AnyTime(DateOnly day, long id, Entity entity) => Format(day, (int)(Hash(id, entity) % 1440), seconds: null);

    /// <summary>
    /// When the row was last changed: the evening of the event day or up to two days later, never
    /// after End. A duplicate row is changed two hours after its original.
    /// </summary>
    public static string ModifiedAt(DateOnly day, long id, Entity entity, DateOnly end, bool duplicate)
    {
        var hash = Hash(id, entity);
        var changed = day.AddDays((int)(hash % 3));
        if (changed > end)
        {
            changed = end;
        }

        var minutes = (18 * 60) + (int)((hash >> 8) % 240) + (duplicate ? 120 : 0);
        return Format(changed, minutes, (int)((hash >> 20) % 60));
    }

    private static ulong Hash(long id, Entity entity) => Rng.Combine((ulong)id, 100 + (ulong)entity);

    private static string Format(DateOnly day, int minutes, int? seconds) => seconds is { } s
        ? string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd} {minutes / 60:00}:{minutes % 60:00}:{s:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd} {minutes / 60:00}:{minutes % 60:00}");
}
