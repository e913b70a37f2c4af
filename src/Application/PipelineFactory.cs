using Microsoft.Extensions.Logging;
using QiPipeline.Application.Configuration;

namespace QiPipeline.Application;

/// <summary>
/// Makes the <see cref="Pipeline"/> of a configuration with the container's clocks and log sink. The configuration
/// is an input, not a service: qi loads it per verb and <c>qi schedule</c> anew for each run.
/// </summary>
internal sealed class PipelineFactory(PipelineClocks clocks, ILoggerFactory loggers)
{
    /// <summary>The pipeline of <paramref name="configuration"/>.</summary>
    public Pipeline Create(LoadedConfiguration configuration) => new(configuration, clocks, loggers);

    /// <summary>Loads and validates the configuration at <paramref name="path"/> (before any work), then makes its pipeline.</summary>
    public Pipeline Open(string path, IReadOnlyDictionary<string, string?>? environment = null) =>
        Create(ConfigurationLoader.Load(path, environment));
}
