using Microsoft.Extensions.DependencyInjection;
using QiPipeline.Application;

namespace QiPipeline.Cli;

/// <summary>
/// Where the verbs get the application layer: a service container with the context's clocks and log sink
/// and the <see cref="Pipeline"/> registrations; and the run lock around every verb that writes the warehouse
/// (etl, kpis, report, run, demo, each scheduled run), so two pipelines never write one warehouse at once.
/// </summary>
internal static class PipelineHost
{
    /// <summary>Registers the context's clocks and log sink, then the application layer.</summary>
    public static IServiceCollection AddPipeline(this IServiceCollection services, CliContext context) =>
        services
            .AddSingleton(context.Loggers)
            .AddSingleton(new PipelineClocks(context.Time, context.Waits))
            .AddQiPipeline();

    /// <summary>
    /// Loads and validates the configuration at <paramref name="configPath"/> once (before any work), makes its
    /// pipeline, and runs the verb on it inside the run lock of its warehouse.
    /// </summary>
    public static async Task<int> RunHoldingAsync(
        string configPath, CliContext context, Func<Pipeline, CancellationToken, Task<int>> verb, CancellationToken cancellationToken)
    {
        await using var services = new ServiceCollection().AddPipeline(context).BuildServiceProvider();
        var pipeline = services.GetRequiredService<PipelineFactory>().Open(configPath, context.Environment);
        await using var held = await pipeline.LockAsync(cancellationToken);
        return await verb(pipeline, cancellationToken);
    }
}
