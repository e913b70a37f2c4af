using QiPipeline.Cli.Configuration;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Dialects;
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
        var warehouse = new WarehouseConnection(WarehouseDialects.Find(config.Options.Warehouse.Provider)!, config.WarehouseConnectionString, context.Time);
        var held = await warehouse.LockForRunAsync(cancellationToken);
        if (held.AbandonedRuns > 0)
        {
            Log.RunsAbandoned(context.Loggers.CreateLogger("QiPipeline.Lock"), held.AbandonedRuns);
        }

        return held;
    }

    /// <summary>Runs a verb inside the run lock of the warehouse its <c>--config</c> names.</summary>
    public static async Task<int> RunHoldingAsync(
        Arguments arguments, CliContext context, Func<Arguments, CliContext, CancellationToken, Task<int>> verb, CancellationToken cancellationToken)
    {
        // Without --config the verb itself says the option is required.
        if (arguments.Peek("config") is not { } path)
        {
            return await verb(arguments, context, cancellationToken);
        }

        await using var held = await HoldAsync(ConfigurationLoader.Load(path, context.Environment), context, cancellationToken);
        return await verb(arguments, context, cancellationToken);
    }
}
