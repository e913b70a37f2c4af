namespace QiPipeline.Reports.Monthly;

/// <summary>The rejects of one source, entity and reason in the last ETL run.</summary>
/// <param name="Source">The source.</param>
/// <param name="Entity">The entity.</param>
/// <param name="Reason">The reason code (a record with several reasons counts under each).</param>
/// <param name="Count">Rejected records with this reason.</param>
/// <param name="Examples">Up to <see cref="DataQualityQuery.Examples"/> source keys of them (record ids, not patient ids).</param>
public sealed record DataQualityRejects(string Source, string Entity, string Reason, long Count, IReadOnlyList<string> Examples);
