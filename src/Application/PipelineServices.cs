using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace QiPipeline.Application;

/// <summary>Registers the application layer in a service collection (qi's verbs, qi schedule's host, KpiFrames).</summary>
internal static class PipelineServices
{
    /// <summary>
    /// Adds <see cref="PipelineFactory"/>; the clocks and the log sink are the container's when registered,
    /// else real time and no logs.
    /// </summary>
    public static IServiceCollection AddQiPipeline(this IServiceCollection services)
    {
        services.TryAddSingleton(PipelineClocks.System);
        services.TryAddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.TryAddSingleton<PipelineFactory>();
        return services;
    }
}
