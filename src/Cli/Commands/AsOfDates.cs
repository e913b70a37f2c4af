using System.Globalization;
using QiPipeline.Cli.Configuration;
using QiPipeline.Warehouse;

namespace QiPipeline.Cli.Commands;

/// <summary>
/// The as-of date of <c>qi kpis</c>, <c>report</c> and <c>run</c>: the one given, else the last day of the last
/// complete month (a month still in progress would show as a collapse). Either way the data's latest date is
/// printed, and an as-of more than <see cref="StaleDays"/> days after it is warned about: those months would
/// show no data, not a change in care.
/// </summary>
internal static class AsOfDates
{
    /// <summary>How far an as-of may be past the latest record before it is warned about.</summary>
    public const int StaleDays = 31;

    /// <summary>The last day of the month before the one <paramref name="time"/> is in (local time).</summary>
    public static DateOnly LastCompleteMonthEnd(TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        return new DateOnly(today.Year, today.Month, 1).AddDays(-1);
    }

    public static async Task<DateOnly> ResolveAsync(LoadedConfiguration config, DateOnly? given, CliContext context, CancellationToken cancellationToken)
    {
        var asOf = given ?? LastCompleteMonthEnd(context.Time);
        var warehouse = config.Warehouse(context.Time);
        var latest = await new LatestRecordQuery(warehouse).ReadAsync(cancellationToken);
        var chosen = given is null ? "the end of the last complete month" : "given";
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"as of {asOf:yyyy-MM-dd} ({chosen}); the latest record is of {(latest is { } l ? l.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "none: the warehouse holds no event")}"));
        if (latest is { } last && asOf.DayNumber - last.DayNumber > StaleDays)
        {
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"qi: warning: as of {asOf:yyyy-MM-dd} is {asOf.DayNumber - last.DayNumber} days after the latest record ({last:yyyy-MM-dd}); the months after it will show no data"));
        }

        return asOf;
    }
}
