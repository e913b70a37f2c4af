using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QiPipeline.Application;
using QiPipeline.Application.Configuration;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Locking;

namespace QiPipeline.Cli.Commands;

/// <summary>
/// The scheduled job inside <c>qi schedule</c>'s host: waits for each occurrence on the context's clock
/// (a fake one in tests), then runs the pipeline holding the warehouse's run lock. The host's stop
/// cancels the wait at once, or the run in progress, which rolls its open transaction back.
/// </summary>
internal sealed class ScheduledRuns(
    CronSchedule schedule, string configPath, CliContext context, PipelineFactory pipelines, IHostApplicationLifetime lifetime) : BackgroundService
{
    private static readonly TimeSpan MaxStep = TimeSpan.FromHours(1);

    private readonly ILogger _logger = context.Loggers.CreateLogger("QiPipeline.Schedule");

    /// <summary>The exit code of <c>qi schedule</c>: 0 when stopped, 1 when the expression never occurs again.</summary>
    public int ExitCode { get; private set; } = ExitCodes.Success;

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        Log.Stopping(_logger, ScheduleCommand.ShutdownTimeout.TotalSeconds);
        await base.StopAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await WaitForNextAsync(stoppingToken))
            {
                await RunOnceAsync(stoppingToken);
            }

            ExitCode = ExitCodes.BadArguments;
            lifetime.StopApplication();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            Log.Stopped(_logger);
        }
    }

    /// <summary>Waits for the next occurrence; false when there is none.</summary>
    private async Task<bool> WaitForNextAsync(CancellationToken stoppingToken)
    {
        var now = context.Time.GetUtcNow();
        if (schedule.Expression.GetNextOccurrence(now, schedule.Zone) is not { } next)
        {
            await context.Error.WriteLineAsync($"qi: the cron expression '{schedule.Text}' never occurs again");
            return false;
        }

        // The timer starts before the announcement, so whoever acts on "next run at" (a test advancing a
        // fake clock) acts on a running timer.
        var wait = WaitUntilAsync(next, stoppingToken);
        var when = TimeZoneInfo.ConvertTime(next, schedule.Zone).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
        Log.NextRun(_logger, when);
        await context.Out.WriteLineAsync($"next run at {when}");
        await wait;
        return true;
    }

    /// <summary>
    /// Waits until <paramref name="when"/> in steps of at most an hour: a timer cannot wait longer than
    /// 49 days (a yearly cron), and each step looks at the clock again, so a machine that slept or had
    /// its clock set still runs on time. The first step's timer starts before this returns.
    /// </summary>
    private async Task WaitUntilAsync(DateTimeOffset when, CancellationToken stoppingToken)
    {
        for (var left = when - context.Time.GetUtcNow(); left > TimeSpan.Zero; left = when - context.Time.GetUtcNow())
        {
            await Task.Delay(left < MaxStep ? left : MaxStep, context.Time, stoppingToken);
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            // The configuration is read anew for each run, so an edit takes effect next month.
            var pipeline = pipelines.Open(configPath, context.Environment);
            await using var held = await pipeline.LockAsync(stoppingToken);
            Log.RunEnded(_logger, await RunCommand.RunPipelineAsync(pipeline, null, context, stoppingToken));
        }
        catch (WarehouseLockedException e)
        {
            // Someone ran qi by hand (or a second schedule): theirs goes on, this one waits.
            Log.RunSkipped(_logger, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // One bad month must not stop next month's run: say why and wait for the next occurrence.
            // A cancellation that is not the stop (a driver's command timeout) is such a failure too.
            Log.RunFailed(_logger, e is ConfigurationException or WarehouseException ? e.Message : SafeError.Describe(e));
        }
    }
}
