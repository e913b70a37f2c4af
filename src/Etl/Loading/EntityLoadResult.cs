namespace QiPipeline.Etl.Loading;

/// <summary>The outcome of loading one entity of one source (a row of <c>etl_run_entity</c>).</summary>
/// <param name="Source">The source name.</param>
/// <param name="Entity">The entity name.</param>
/// <param name="Status"><c>loaded</c>, <c>too_many_rejects</c>, <c>failed</c> or <c>skipped</c>.</param>
/// <param name="Read">Records read (after the watermark, in incremental mode).</param>
/// <param name="Loaded">Good records inserted or changed.</param>
/// <param name="Unchanged">Good records identical to what the warehouse held.</param>
/// <param name="Rejected">Records written to <c>etl_reject</c>.</param>
/// <param name="Deleted">Warehouse records deleted because the snapshot no longer has them.</param>
/// <param name="Seconds">Wall time of the entity's transaction.</param>
/// <param name="Error">Why it failed or was skipped, or null.</param>
public sealed record EntityLoadResult(
    string Source,
    string Entity,
    string Status,
    long Read,
    long Loaded,
    long Unchanged,
    long Rejected,
    long Deleted,
    double Seconds,
    string? Error = null)
{
    /// <summary>The status of an entity that loaded.</summary>
    public const string LoadedStatus = "loaded";

    /// <summary>
    /// The status of an entity that loaded its good records but rejected more than the source's
    /// <c>maxRejectShare</c> of what it read (or all of it): its source counts as failed.
    /// </summary>
    public const string TooManyRejectsStatus = "too_many_rejects";

    /// <summary>The status of an entity whose load failed and was rolled back.</summary>
    public const string FailedStatus = "failed";

    /// <summary>The status of an entity not attempted because its source could not be reached.</summary>
    public const string SkippedStatus = "skipped";
}
