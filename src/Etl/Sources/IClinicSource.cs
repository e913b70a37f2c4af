using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Sources;

/// <summary>A clinic's data: a CSV extract folder or a database mapped by one query per entity.</summary>
internal interface IClinicSource
{
    /// <summary>The configured source name.</summary>
    string Name { get; }

    /// <summary>The source type as configured (csv, sqlite, postgres, sqlserver, files, fhir).</summary>
    string Type { get; }

    /// <summary>
    /// Whether the loader reads this source on a thread of its own (<c>ReadAhead</c>): worth it where
    /// reading is heavy (JSON, a database's query and driver), not for a CSV file, whose reader is
    /// cheaper than the hand-off (docs/performance.md).
    /// </summary>
    bool ReadsAhead { get; }

    /// <summary>Fails fast, with a <see cref="SourceException"/>, when the source cannot be reached at all.</summary>
    Task CheckAsync(CancellationToken cancellationToken);

    /// <summary>Whether the source provides this entity (a database source without its query does not).</summary>
    bool Provides(EntityDefinition entity);

    /// <summary>
    /// Streams the records of an entity. With a watermark, a source may leave out records whose
    /// <c>updated_at</c> is not after it (the loader filters again, so this is only a saving).
    /// </summary>
    IAsyncEnumerable<RawRecord> ReadAsync(EntityDefinition entity, DateTime? watermark, CancellationToken cancellationToken);
}
