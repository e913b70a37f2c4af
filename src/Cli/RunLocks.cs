using QiPipeline.Cli.Configuration;
using QiPipeline.Warehouse.Locking;

namespace QiPipeline.Cli;

/// <summary>
/// The run lock around every verb that writes the warehouse (etl, kpis, report, run, each scheduled run):
/// two pipelines never write one warehouse at once, and a second one stops at once with a clear message.
/// </summary>
internal static class RunLocks
{
    /// <summary>Takes the configured warehouse's run lock; throws <see cref="WarehouseLockedException"/> when another run holds it.</summary>
    public static async Task<RunLock> HoldAsync(LoadedConfiguration config, CliContext context, CancellationToken cancellationToken)
    {
        var warehouse = config.Warehouse(context.Time);
        var held = await warehouse.LockForRunAsync(cancellationToken);
        if (held.AbandonedRuns > 0)
        {
            Log.RunsAbandoned(context.Loggers.CreateLogger("QiPipeline.Lock"), held.AbandonedRuns);
        }

        return held;
    }

    /// <summary>
    /// Loads and validates the configuration at <paramref name="configPath"/> (before any work), then runs the
    /// verb on it inside the run lock of the warehouse it names.
    /// </summary>
    public static async Task<int> RunHoldingAsync(
        string configPath, CliContext context, Func<LoadedConfiguration, CliContext, CancellationToken, Task<int>> verb, CancellationToken cancellationToken)
    {
        var config = ConfigurationLoader.Load(configPath, context.Environment);
        await using var held = await HoldAsync(config, context, cancellationToken);
        return await verb(config, context, cancellationToken);
    }
}
