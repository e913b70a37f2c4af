using QiPipeline.Warehouse.Schema;

namespace QiPipeline.Warehouse.Dialects;

/// <summary>The bookkeeping statements: schema version, run log, watermarks.</summary>
public sealed class RunLogSql
{
    /// <summary>Builds the statements for one dialect.</summary>
    public RunLogSql(WarehouseDialect d)
    {
        string Q(string identifier) => d.Quote(identifier);
        string P(string name) => d.Parameter(name);
        string Insert(Table table) =>
            $"INSERT INTO {Q(table.Name)} ({string.Join(", ", table.Columns.Select(c => Q(c.Name)))}) "
            + $"VALUES ({string.Join(", ", table.Columns.Select(c => P(c.Name)))})";

        CreateSchemaVersion = d.CreateTableIfNotExists(WarehouseTables.SchemaVersion);
        CurrentSchemaVersion = $"SELECT COALESCE(MAX({Q("version")}), 0) FROM {Q(WarehouseTables.SchemaVersion.Name)}";
        InsertSchemaVersion = Insert(WarehouseTables.SchemaVersion);
        InsertRun = Insert(WarehouseTables.EtlRun);
        FinishRun = $"UPDATE {Q(WarehouseTables.EtlRun.Name)} SET {Q("ended_at")} = {P("ended_at")}, {Q("status")} = {P("status")}, "
            + $"{Q("sources_ok")} = {P("sources_ok")}, {Q("sources_failed")} = {P("sources_failed")} WHERE {Q("run_id")} = {P("run_id")}";
        AbandonRuns = $"UPDATE {Q(WarehouseTables.EtlRun.Name)} SET {Q("status")} = {P("abandoned")} WHERE {Q("status")} = {P("running")}";
        InsertRunEntity = Insert(WarehouseTables.EtlRunEntity);
        ReadWatermark = $"SELECT {Q("watermark")} FROM {Q(WarehouseTables.EtlWatermark.Name)} "
            + $"WHERE {Q(WarehouseTables.Source)} = {P("source")} AND {Q("entity")} = {P("entity")}";
        DeleteWatermark = $"DELETE FROM {Q(WarehouseTables.EtlWatermark.Name)} "
            + $"WHERE {Q(WarehouseTables.Source)} = {P("source")} AND {Q("entity")} = {P("entity")}";
        InsertWatermark = Insert(WarehouseTables.EtlWatermark);
    }

    /// <summary>Creates the schema version table if absent.</summary>
    public string CreateSchemaVersion { get; }

    /// <summary>The applied schema version (0 for a new warehouse).</summary>
    public string CurrentSchemaVersion { get; }

    /// <summary>Records an applied migration.</summary>
    public string InsertSchemaVersion { get; }

    /// <summary>Starts a run.</summary>
    public string InsertRun { get; }

    /// <summary>Ends a run with its status.</summary>
    public string FinishRun { get; }

    /// <summary>
    /// Marks runs still <c>running</c> as <c>abandoned</c>; sent only by the holder of the run lock, when no
    /// other run can be live (parameters <c>abandoned</c> and <c>running</c> carry the two statuses).
    /// </summary>
    public string AbandonRuns { get; }

    /// <summary>Records one entity's load (committed with the load).</summary>
    public string InsertRunEntity { get; }

    /// <summary>The stored watermark of a source and entity.</summary>
    public string ReadWatermark { get; }

    /// <summary>Removes a watermark before it is written anew (portable upsert).</summary>
    public string DeleteWatermark { get; }

    /// <summary>Writes a watermark.</summary>
    public string InsertWatermark { get; }

    /// <summary>Every statement, for the dialect parse tests.</summary>
    public IEnumerable<string> All() =>
    [
        CreateSchemaVersion, CurrentSchemaVersion, InsertSchemaVersion, InsertRun, FinishRun, AbandonRuns, InsertRunEntity,
        ReadWatermark, DeleteWatermark, InsertWatermark,
    ];
}
