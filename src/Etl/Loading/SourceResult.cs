namespace QiPipeline.Etl.Loading;

/// <summary>The outcome of one source in a run.</summary>
/// <param name="Source">The source name.</param>
/// <param name="Type">The source type.</param>
/// <param name="Entities">Each entity's outcome.</param>
/// <param name="Error">Why the whole source failed (unreachable), or null.</param>
public sealed record SourceResult(string Source, string Type, IReadOnlyList<EntityLoadResult> Entities, string? Error)
{
    /// <summary>True when every entity loaded.</summary>
    public bool Succeeded => Error is null && Entities.All(e => e.Status == EntityLoadResult.LoadedStatus);

    /// <summary>True when at least one entity loaded (an entity with too many rejects loaded its good records).</summary>
    public bool AnyLoaded => Entities.Any(e => e.Status is EntityLoadResult.LoadedStatus or EntityLoadResult.TooManyRejectsStatus);
}
