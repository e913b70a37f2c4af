using QiPipeline.Warehouse.Model;
using QiPipeline.Warehouse.Schema;

namespace QiPipeline.Warehouse.Dialects;

/// <summary>
/// The statements that load one entity from its staging table, in the order the loader runs
/// them. Parameters: <c>source</c>, <c>run_id</c>, <c>entity</c>. The set-based checks
/// (duplicate ids, references to patients) run here, in the engine, so that memory does not
/// grow with the size of an extract.
/// </summary>
public sealed class EntityLoadSql
{
    private readonly WarehouseDialect _d;
    private readonly EntityDefinition _entity;
    private readonly string _stg;
    private readonly string _fact;
    private readonly string _id;

    /// <summary>Builds the statements of one entity for one dialect.</summary>
    public EntityLoadSql(WarehouseDialect dialect, EntityDefinition entity)
    {
        _d = dialect;
        _entity = entity;
        _stg = dialect.StagingName(entity);
        _fact = dialect.Quote(entity.Name);
        _id = dialect.Quote(entity.IdColumn.Name);
        CreateStaging = dialect.CreateStagingTable(entity);
        DropStaging = "DROP TABLE " + _stg;
        MarkDuplicates = AddReason("duplicate_id",
            $"{Q(WarehouseTables.RowNumber)} IN (SELECT d.{Q(WarehouseTables.RowNumber)} FROM (SELECT {Q(WarehouseTables.RowNumber)}, "
            + $"ROW_NUMBER() OVER (PARTITION BY {_id} ORDER BY {Q(WarehouseTables.RowNumber)}) AS rn FROM {_stg} WHERE {_id} IS NOT NULL) AS d WHERE d.rn > 1)");
        if (entity.PatientColumn is { } patient && entity.EventDateColumn is { } date)
        {
            var patients = dialect.Quote(CanonicalModel.Patients.Name);
            var match = $"p.{Q(WarehouseTables.Source)} = {P("source")} AND p.{Q("patient_id")} = {_stg}.{Q(patient)}";
            MarkUnknownPatients = AddReason("unknown_patient",
                $"{_stg}.{Q(patient)} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {patients} AS p WHERE {match})");
            MarkBeforeBirth = AddReason("before_birth",
                $"EXISTS (SELECT 1 FROM {patients} AS p WHERE {match} AND {_stg}.{Q(date)} < p.{Q("birth_date")})");
            MarkAfterDeath = AddReason("after_death",
                $"EXISTS (SELECT 1 FROM {patients} AS p WHERE {match} AND {_stg}.{Q(date)} > p.{Q("death_date")})");
        }

        InsertRejects =
            $"INSERT INTO {Q(WarehouseTables.EtlReject.Name)} ({Q("run_id")}, {Q(WarehouseTables.Source)}, {Q("entity")}, {Q(WarehouseTables.RowNumber)}, "
            + $"{Q("source_key")}, {Q(WarehouseTables.Reasons)}, {Q(WarehouseTables.Raw)}) "
            + $"SELECT {P("run_id")}, {P("source")}, {P("entity")}, {Q(WarehouseTables.RowNumber)}, {_id}, {Q(WarehouseTables.Reasons)}, {Q(WarehouseTables.Raw)} "
            + $"FROM {_stg} WHERE {Q(WarehouseTables.Reasons)} IS NOT NULL";

        // A record present in the extract but rejected keeps its last good version: only ids
        // absent from the extract are deleted ("nothing good is lost").
        DeleteMissing =
            $"DELETE FROM {_fact} WHERE {_fact}.{Q(WarehouseTables.Source)} = {P("source")} "
            + $"AND NOT EXISTS (SELECT 1 FROM {_stg} AS s WHERE s.{_id} = {_fact}.{_id})";

        UpdateFacts = dialect.UpdateFactFromStaging(entity);

        var columns = entity.Columns.Select(c => c.Name).Append(CanonicalModel.UpdatedAt).ToList();
        InsertFacts =
            $"INSERT INTO {_fact} ({Q(WarehouseTables.Source)}, {string.Join(", ", columns.Select(Q))}, {Q(WarehouseTables.LoadedRunId)}) "
            + $"SELECT {P("source")}, {string.Join(", ", columns.Select(c => "s." + Q(c)))}, {P("run_id")} FROM {_stg} AS s "
            + $"WHERE s.{Q(WarehouseTables.Reasons)} IS NULL AND NOT EXISTS "
            + $"(SELECT 1 FROM {_fact} AS f WHERE f.{Q(WarehouseTables.Source)} = {P("source")} AND f.{_id} = s.{_id})";

        MaxUpdatedAt = $"SELECT MAX({Q(CanonicalModel.UpdatedAt)}) FROM {_stg}";
        AnalyzeStaging = dialect.AnalyzeStaging(entity);
    }

    /// <summary>Creates the staging table.</summary>
    public string CreateStaging { get; }

    /// <summary>Marks every record after the first with the same id.</summary>
    public string MarkDuplicates { get; }

    /// <summary>Marks records naming a patient the source does not have (null for patients).</summary>
    public string? MarkUnknownPatients { get; }

    /// <summary>Marks records dated before their patient's birth (null for patients).</summary>
    public string? MarkBeforeBirth { get; }

    /// <summary>Marks records dated after their patient's death (null for patients).</summary>
    public string? MarkAfterDeath { get; }

    /// <summary>Refreshes staging statistics where the engine needs it, or null.</summary>
    public string? AnalyzeStaging { get; }

    /// <summary>Copies the marked records to <c>etl_reject</c>.</summary>
    public string InsertRejects { get; }

    /// <summary>Snapshot mode: deletes the source's facts whose id is not in the extract.</summary>
    public string DeleteMissing { get; }

    /// <summary>Updates facts that changed.</summary>
    public string UpdateFacts { get; }

    /// <summary>Inserts new facts.</summary>
    public string InsertFacts { get; }

    /// <summary>The newest <c>updated_at</c> read (good or bad), for the watermark.</summary>
    public string MaxUpdatedAt { get; }

    /// <summary>Drops the staging table before the transaction commits.</summary>
    public string DropStaging { get; }

    /// <summary>Every statement, for the dialect parse tests.</summary>
    public IEnumerable<string> All() =>
        new[]
        {
            CreateStaging, MarkDuplicates, MarkUnknownPatients, MarkBeforeBirth, MarkAfterDeath, AnalyzeStaging,
            InsertRejects, DeleteMissing, UpdateFacts, InsertFacts, MaxUpdatedAt, DropStaging,
        }.OfType<string>();

    private string AddReason(string reason, string where) =>
        $"UPDATE {_stg} SET {Q(WarehouseTables.Reasons)} = CONCAT_WS(';', {Q(WarehouseTables.Reasons)}, '{reason}') WHERE {where}";

    private string Q(string identifier) => _d.Quote(identifier);

    private string P(string name) => _d.Parameter(name);

    /// <inheritdoc />
    public override string ToString() => _entity.Name;
}
