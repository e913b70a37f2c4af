namespace QiPipeline.Reports.Monthly;

/// <summary>One source and entity of the last ETL run (etl_run_entity).</summary>
/// <param name="Source">The source.</param>
/// <param name="Entity">The entity.</param>
/// <param name="Mode">full or incremental.</param>
/// <param name="Status">The load's status.</param>
/// <param name="RowsRead">Records read from the extract.</param>
/// <param name="RowsLoaded">Records inserted or changed.</param>
/// <param name="RowsUnchanged">Records already there unchanged.</param>
/// <param name="RowsRejected">Records rejected (etl_reject).</param>
/// <param name="RowsDeleted">Records deleted.</param>
/// <param name="EndedAt">When the load ended (the freshness of the entity).</param>
/// <param name="Error">The failure, or null.</param>
public sealed record DataQualityLoad(
    string Source, string Entity, string Mode, string Status, long RowsRead, long RowsLoaded, long RowsUnchanged, long RowsRejected, long RowsDeleted, DateTime EndedAt, string? Error);
