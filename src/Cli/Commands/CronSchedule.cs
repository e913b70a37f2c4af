using Cronos;

namespace QiPipeline.Cli.Commands;

/// <summary>A parsed cron expression with the time zone its occurrences are in.</summary>
/// <param name="Text">The expression as given, for messages.</param>
/// <param name="Expression">The parsed expression.</param>
/// <param name="Zone">The time zone of its occurrences (daylight saving handled by Cronos).</param>
internal sealed record CronSchedule(string Text, CronExpression Expression, TimeZoneInfo Zone);
