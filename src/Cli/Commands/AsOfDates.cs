using System.Globalization;
using QiPipeline.Application;

namespace QiPipeline.Cli.Commands;

/// <summary>
/// The as-of date of <c>qi kpis</c>, <c>report</c> and <c>run</c> (<see cref="Pipeline.AsOfAsync"/>), said to the
/// user: the date and the data's latest date on standard output, a warning on standard error when the as-of is
/// more than <see cref="AsOfDate.StaleDays"/> days after it.
/// </summary>
internal static class AsOfDates
{
    public static async Task<DateOnly> ResolveAsync(Pipeline pipeline, DateOnly? given, CliContext context, CancellationToken cancellationToken)
    {
        var asOf = await pipeline.AsOfAsync(given, cancellationToken);
        var chosen = asOf.Given ? "given" : "the end of the last complete month";
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"as of {asOf.Date:yyyy-MM-dd} ({chosen}); the latest record is of {(asOf.LatestRecord is { } l ? l.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "none: the warehouse holds no event")}"));
        if (asOf.StaleBy is { } days)
        {
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"qi: warning: as of {asOf.Date:yyyy-MM-dd} is {days} days after the latest record ({asOf.LatestRecord:yyyy-MM-dd}); the months after it will show no data"));
        }

        return asOf.Date;
    }
}
