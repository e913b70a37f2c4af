using QiPipeline.Etl.Loading;

namespace QiPipeline.Etl.Tests.Support;

/// <summary>Fails one entity's load between staging and merge, as a crash would.</summary>
internal sealed class ThrowBeforeMerge(string entity) : ILoadInterceptor
{
    public Task BeforeMergeAsync(string source, string entity1, CancellationToken cancellationToken) =>
        entity1 == entity ? throw new InvalidOperationException("injected failure") : Task.CompletedTask;
}
