using System.CommandLine;
using Cronos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using QiPipeline.Application;
using QiPipeline.Application.Configuration;
using QiPipeline.Cli.CommandLine;

namespace QiPipeline.Cli.Commands;

/// <summary>
/// <c>qi schedule --config F --cron "0 6 1 * *" [--time-zone TZ]</c>: a long-running host that runs
/// <c>qi run</c> at every occurrence of the cron expression (in TZ, default the machine's time zone) until
/// stopped (Ctrl+C, SIGTERM from a service manager, a systemd stop). The configuration is checked at
/// start, so a mistake shows now and not at 6 am; a failed run is logged and the schedule goes on.
/// </summary>
internal static class ScheduleCommand
{
    /// <summary>
    /// How long a stop waits for the run in progress to roll back its open transaction and record
    /// itself cancelled. Past it the process exits anyway, and the database rolls the transaction back
    /// when the session ends: never half. Under systemd keep TimeoutStopSec above it.
    /// </summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    public static Command Declare(CliContext context)
    {
        var config = CommonOptions.Config();
        var cron = new Option<string>("--cron")
        {
            Description = "When to run: a cron expression (minute hour day-of-month month day-of-week), e.g. \"0 6 1 * *\" for 06:00 on the 1st.",
            HelpName = "EXPR",
            Required = true,
        };
        var zone = new Option<string?>("--time-zone")
        {
            Description = "The IANA time zone of the cron expression (e.g. America/New_York); default: the machine's.",
            HelpName = "TZ",
        };
        var command = new Command("schedule", "Run the monthly job on a cron schedule until stopped (Ctrl+C, SIGTERM, a systemd stop).")
        {
            config, cron, zone,
        };
        command.SetAction((parsed, cancellationToken) =>
            RunAsync(parsed.GetRequiredValue(config), parsed.GetRequiredValue(cron), parsed.GetValue(zone), context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string configPath, string text, string? zoneId, CliContext context, CancellationToken cancellationToken)
    {
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
        using var host = BuildHost(new CronSchedule(text, cron, zone), configPath, context);
        var job = host.Services.GetServices<IHostedService>().OfType<ScheduledRuns>().Single();
        await host.RunAsync(cancellationToken);
        return job.ExitCode;
    }

    private static IHost BuildHost(CronSchedule schedule, string configPath, CliContext context)
    {
        // An empty builder: no appsettings, command line or environment configuration of its own (qi's
        // configuration is the --config file), and the log sink is qi's.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddPipeline(context);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);

        // Under systemd (Type=notify) the host reports ready and stopping; elsewhere this does nothing.
        builder.Services.AddSystemd();
        builder.Services.AddHostedService(services =>
            new ScheduledRuns(schedule, configPath, context, services.GetRequiredService<PipelineFactory>(), services.GetRequiredService<IHostApplicationLifetime>()));
        return builder.Build();
    }
}
