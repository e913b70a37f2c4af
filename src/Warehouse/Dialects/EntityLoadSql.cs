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
        MarkSetRejects = BuildMarkSetRejects();
        InsertRejects =
            $"INSERT INTO {Q(WarehouseTables.EtlReject.Name)} ({Q("run_id")}, {Q(WarehouseTables.Source)}, {Q("entity")}, {Q(WarehouseTables.RowNumber)}, "
            + $"{Q("source_key")}, {Q(WarehouseTables.Reasons)}, {Q(WarehouseTables.Raw)}) "
            + $"SELECT {P("run_id")}, {P("source")}, {P("entity")}, {Q(WarehouseTables.RowNumber)}, {_id}, {Q(WarehouseTables.Reasons)}, "
            + $"COALESCE({Q(WarehouseTables.Raw)}, {RebuiltRawValues()}) "
            + $"FROM {_stg} WHERE {Q(WarehouseTables.Reasons)} IS NOT NULL";

        // A record present in the extract but rejected keeps its last good version: only ids
        // absent from the extract are deleted ("nothing good is lost").
        DeleteMissing =
            $"DELETE FROM {_fact} WHERE {_fact}.{Q(WarehouseTables.Source)} = {P("source")} "
            + $"AND NOT EXISTS (SELECT 1 FROM {_stg} AS s WHERE s.{_id} = {_fact}.{_id})";

        UpdateFacts = dialect.UpdateFactFromStaging(entity);

        var columns = entity.Columns.Select(c => c.Name).Append(CanonicalModel.UpdatedAt).ToList();
        InsertEveryFact =
            $"INSERT INTO {_fact} ({Q(WarehouseTables.Source)}, {string.Join(", ", columns.Select(Q))}, {Q(WarehouseTables.LoadedRunId)}) "
            + $"SELECT {P("source")}, {string.Join(", ", columns.Select(c => "s." + Q(c)))}, {P("run_id")} FROM {_stg} AS s "
            + $"WHERE s.{Q(WarehouseTables.Reasons)} IS NULL";
        InsertFacts = InsertEveryFact + " AND NOT EXISTS "
            + $"(SELECT 1 FROM {_fact} AS f WHERE f.{Q(WarehouseTables.Source)} = {P("source")} AND f.{_id} = s.{_id})";
        HasFacts = $"SELECT CASE WHEN EXISTS (SELECT 1 FROM {_fact} WHERE {Q(WarehouseTables.Source)} = {P("source")}) THEN 1 ELSE 0 END";

        MaxUpdatedAt = $"SELECT MAX({Q(CanonicalModel.UpdatedAt)}) FROM {_stg}";
        CountRejectReasons =
            $"SELECT {Q(WarehouseTables.Reasons)}, CAST(COUNT(*) AS BIGINT) FROM {_stg} WHERE {Q(WarehouseTables.Reasons)} IS NOT NULL GROUP BY {Q(WarehouseTables.Reasons)}";
    }

    /// <summary>Creates the staging table.</summary>
    public string CreateStaging { get; }

    /// <summary>
    /// Adds, in one pass over the staging table, the reasons that need other records:
    /// <c>duplicate_id</c> (every record after the first with the same id) and, for records
    /// of a patient, <c>unknown_patient</c>, <c>before_birth</c>, <c>after_death</c>.
    /// </summary>
    public string MarkSetRejects { get; }

    /// <summary>
    /// Copies the marked records to <c>etl_reject</c>, with their raw values as staged or, for a
    /// record staged without them (<see cref="RawValues"/>), rebuilt from its typed columns.
    /// </summary>
    public string InsertRejects { get; }

    /// <summary>Snapshot mode: deletes the source's facts whose id is not in the extract.</summary>
    public string DeleteMissing { get; }

    /// <summary>Updates facts that changed.</summary>
    public string UpdateFacts { get; }

    /// <summary>Inserts new facts.</summary>
    public string InsertFacts { get; }

    /// <summary>
    /// 1 when the fact table holds rows of the source, else 0. A source's first load then skips
    /// the delete and the update, which could touch nothing, and inserts with
    /// <see cref="InsertEveryFact"/>: on DuckDB the update and delete against the empty facts took 6%
    /// of a first load (docs/performance.md).
    /// </summary>
    public string HasFacts { get; }

    /// <summary>Inserts every good staged record: the same as <see cref="InsertFacts"/> when the source has no facts yet (staged good ids are unique).</summary>
    public string InsertEveryFact { get; }

    /// <summary>The newest <c>updated_at</c> read (good or bad), for the watermark.</summary>
    public string MaxUpdatedAt { get; }

    /// <summary>The rejected records of the read counted per reason list (<c>bad_date;future_date</c>), for the summary of a load with too many.</summary>
    public string CountRejectReasons { get; }

    /// <summary>Drops the staging table before the transaction commits.</summary>
    public string DropStaging { get; }

    /// <summary>Every statement, for the dialect parse tests.</summary>
    public IEnumerable<string> All() =>
        new[]
        {
            CreateStaging, MarkSetRejects,
            InsertRejects, DeleteMissing, UpdateFacts, InsertFacts, HasFacts, InsertEveryFact, MaxUpdatedAt, CountRejectReasons, DropStaging,
        }.OfType<string>();

    private string BuildMarkSetRejects()
    {
        var row = Q(WarehouseTables.RowNumber);

        // Every record after the first of its id: a grouping finds the few repeated ids (a
        // window numbering every record: 5.9 s against 4.1 s for all the DuckDB marks at 100k patients, one run each).
        var duplicate = $"CASE WHEN s.{row} > d.first_row THEN 'duplicate_id' END";
        string problems;
        var from = $"{_stg} AS s LEFT JOIN (SELECT {_id} AS dup_id, MIN({row}) AS first_row FROM {_stg} "
            + $"WHERE {_id} IS NOT NULL GROUP BY {_id} HAVING COUNT(*) > 1) AS d ON d.dup_id = s.{_id}";
        if (_entity.PatientColumn is { } patient && _entity.EventDateColumn is { } date)
        {
            // One patient reason at most: a patient's birth is never after its death (checked on load).
            problems = $"CONCAT_WS(';', {duplicate}, CASE WHEN s.{Q(patient)} IS NULL THEN NULL "
                + $"WHEN p.{Q("patient_id")} IS NULL THEN 'unknown_patient' "
                + $"WHEN s.{Q(date)} < p.{Q("birth_date")} THEN 'before_birth' "
                + $"WHEN s.{Q(date)} > p.{Q("death_date")} THEN 'after_death' END)";
            from += $" LEFT JOIN {_d.Quote(CanonicalModel.Patients.Name)} AS p "
                + $"ON p.{Q(WarehouseTables.Source)} = {P("source")} AND p.{Q("patient_id")} = s.{Q(patient)}";
        }
        else
        {
            problems = $"CONCAT_WS(';', {duplicate})";
        }

        var found = $"(SELECT s.{row} AS row_no, NULLIF({problems}, '') AS problem FROM {from}) AS r";
        var reasons = Q(WarehouseTables.Reasons);
        return _d.UpdateFrom(_stg, "t", $"{reasons} = CONCAT_WS(';', t.{reasons}, r.problem)", found, $"r.row_no = t.{row} AND r.problem IS NOT NULL");
    }

    /// <summary>
    /// The JSON object the validator writes for raw values (members in column order, empty values
    /// left out), from typed columns that <see cref="RawValues.ReadsBack"/> vouched for.
    /// </summary>
    private string RebuiltRawValues()
    {
        var members = _entity.Columns.Select(c => (c.Name, c.Type))
            .Append((Name: CanonicalModel.UpdatedAt, Type: ColumnType.Timestamp))
            .Select(c => $"CASE WHEN {Q(c.Name)} IS NOT NULL THEN CONCAT('\"{c.Name}\":\"', {_d.TextOf(c.Type, Q(c.Name))}, '\"') END");
        return $"CONCAT('{{', CONCAT_WS(',', {string.Join(", ", members)}), '}}')";
    }

    private string Q(string identifier) => _d.Quote(identifier);

    private string P(string name) => _d.Parameter(name);

    /// <inheritdoc />
    public override string ToString() => _entity.Name;
}
