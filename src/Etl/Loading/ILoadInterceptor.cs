namespace QiPipeline.Etl.Loading;

/// <summary>
/// A test seam inside an entity's transaction, between staging and merge: throwing here must
/// leave the warehouse exactly as it was before the transaction.
/// </summary>
internal interface ILoadInterceptor
{
    Task BeforeMergeAsync(string source, string entity, CancellationToken cancellationToken);
}
