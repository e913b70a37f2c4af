namespace QiPipeline.Etl.Loading;

/// <summary>How a source's records relate to what the warehouse already holds.</summary>
public enum LoadMode
{
    /// <summary>The read is the whole truth: a record gone from it is deleted from the warehouse.</summary>
    Snapshot,

    /// <summary>Only records whose updated_at is after the stored watermark are merged; nothing is deleted.</summary>
    Incremental,
}
