using Cronos;
using Microsoft.Extensions.Logging;
using QiPipeline.Cli.Configuration;

namespace QiPipeline.Cli.Commands;

/// <summary>
/// <c>qi schedule --config F --cron "0 6 1 * *" [--time-zone TZ]</c>: runs <c>qi run</c> at every
/// occurrence of the cron expression (in TZ, default the machine's time zone) until stopped (Ctrl+C, or SIGTERM from a
/// service manager). The configuration is checked at start, so a mistake shows now and not at
/// 6 am; a failed run is logged and the schedule goes on.
/// </summary>
internal static class ScheduleCommand
{
    public static async Task<int> RunAsync(Arguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var configPath = arguments.Required("config");
        var text = arguments.Required("cron");
        var zoneId = arguments.Optional("time-zone");
        arguments.EnsureAllUsed("schedule");
        TimeZoneInfo zone;
        try
        {
            zone = zoneId is null ? context.Time.LocalTimeZone : TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new ConfigurationException($"option --time-zone '{zoneId}' is not a time zone id (e.g. America/New_York)");
        }

        CronExpression cron;
        try
        {
            cron = CronExpression.Parse(text);
        }
        catch (CronFormatException e)
        {
            throw new ConfigurationException($"option --cron '{text}' is not a cron expression (minute hour day-of-month month day-of-week): {e.Message}");
        }

        ConfigurationLoader.Load(configPath, context.Environment);
        var logger = context.Loggers.CreateLogger("QiPipeline.Schedule");
        while (true)
        {
            var now = context.Time.GetUtcNow();
            if (cron.GetNextOccurrence(now, zone) is not { } next)
            {
                await context.Error.WriteLineAsync($"qi: the cron expression '{text}' never occurs again");
                return ExitCodes.BadArguments;
            }

            var when = TimeZoneInfo.ConvertTime(next, zone).ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture);
            Log.NextRun(logger, when);
            await context.Out.WriteLineAsync($"next run at {when}");
            try
            {
                await Task.Delay(next - now, context.Time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Log.Stopped(logger);
                return ExitCodes.Success;
            }

            await RunOnceAsync(configPath, context, logger, cancellationToken);
        }
    }

    private static async Task RunOnceAsync(string configPath, CliContext context, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            Log.RunEnded(logger, await RunCommand.RunPipelineAsync(configPath, null, context, cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One bad month must not stop next month's run: say why and wait for the next occurrence.
            Log.RunFailed(logger, e is ConfigurationException ? e.Message : $"{e.GetType().Name}: {e.Message}");
        }
    }
}
