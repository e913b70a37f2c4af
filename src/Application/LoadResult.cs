using QiPipeline.Etl.Loading;

namespace QiPipeline.Application;

/// <summary>What a load did: the run and each source's entities with their counts.</summary>
/// <param name="Run">The run as <c>etl_run</c> and <c>etl_run_entity</c> record it.</param>
internal sealed record LoadResult(EtlRunResult Run)
{
    /// <summary>The records read from every source.</summary>
    public long RowsRead => Run.Sources.SelectMany(s => s.Entities).Sum(e => e.Read);

    /// <summary>Whether every source failed: then the warehouse holds nothing new to measure.</summary>
    public bool NothingLoaded => Run.Status == "failed";
}
