using QiPipeline.Etl.Loading;

namespace QiPipeline.Application;

/// <summary>What <see cref="Pipeline.LoadAsync"/> is asked for: every configured source, into the warehouse.</summary>
/// <param name="Progress">Sees each entity's load as it goes (a progress display), or null.</param>
internal sealed record LoadRequest(ILoadProgress? Progress = null);
