using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Cli.Commands;

/// <summary>What <c>qi kpis</c> was asked for; nulls take the defaults.</summary>
/// <param name="AsOf">The as-of date, or null for the end of the last complete month.</param>
/// <param name="From">The first month reported, or null for 23 months before <paramref name="To"/>.</param>
/// <param name="To">The last month reported, or null for the as-of date's month.</param>
/// <param name="Output">Where kpis.csv goes.</param>
/// <param name="Patients">Where patients.csv goes, or null for none.</param>
internal sealed record KpisRequest(DateOnly? AsOf, Month? From, Month? To, string Output, string? Patients);
