namespace QiPipeline.Etl.Loading;

/// <summary>
/// Sees a load as it goes, for a progress display: counts and names only, never a value.
/// Called from the loader's reading thread, so an implementation must be cheap and thread-safe.
/// </summary>
internal interface ILoadProgress
{
    /// <summary>An entity's load (or its retry) begins.</summary>
    void EntityStarted(string source, string entity);

    /// <summary>Records read so far, and the part of the input read (0-1) where the source knows its size.</summary>
    void RowsRead(string source, string entity, long rows, double? fraction);

    /// <summary>An entity's load ended (loaded, failed or skipped) after reading <paramref name="rows"/> records.</summary>
    void EntityEnded(string source, string entity, long rows);
}
