using QiPipeline.Warehouse.Model;

namespace QiPipeline.Warehouse.Schema;

/// <summary>
/// The warehouse tables, derived from the canonical model so that the extract contract, the
/// fact tables and the staging tables cannot drift apart.
/// </summary>
public static class WarehouseTables
{
    /// <summary>The column naming the source a fact row came from (part of every natural key).</summary>
    public const string Source = "source";

    /// <summary>The column naming the run that last inserted or changed a fact row.</summary>
    public const string LoadedRunId = "loaded_run_id";

    /// <summary>Staging: the position of the record in the read, so "the first wins" is decidable in SQL.</summary>
    public const string RowNumber = "row_no";

    /// <summary>Staging: the reject reasons found so far, separated by ';', null for a good record.</summary>
    public const string Reasons = "reasons";

    /// <summary>Staging: the raw values as read, as a JSON object, for reject rows; null where they can be rebuilt (<see cref="RawValues"/>).</summary>
    public const string Raw = "raw_values";

    private static readonly Column UpdatedAtColumn = new(CanonicalModel.UpdatedAt, ColumnType.Timestamp);

    /// <summary>The schema version bookkeeping table.</summary>
    public static readonly Table SchemaVersion = new(
        "schema_version",
        [
            new Column("version", ColumnType.Integer, Required: true),
            new Column("applied_at", ColumnType.Timestamp, Required: true),
            new Column("description", ColumnType.Text, MaxLength: 200),
        ],
        ["version"]);

    /// <summary>One row per ETL run.</summary>
    public static readonly Table EtlRun = new(
        "etl_run",
        [
            new Column("run_id", ColumnType.Text, Required: true),
            new Column("started_at", ColumnType.Timestamp, Required: true),
            new Column("ended_at", ColumnType.Timestamp),
            new Column("run_date", ColumnType.Date, Required: true),
            new Column("status", ColumnType.Text, Required: true),
            new Column("sources_ok", ColumnType.Integer),
            new Column("sources_failed", ColumnType.Integer),
        ],
        ["run_id"]);

    /// <summary>One row per run, source and entity, committed with that entity's load.</summary>
    public static readonly Table EtlRunEntity = new(
        "etl_run_entity",
        [
            new Column("run_id", ColumnType.Text, Required: true),
            new Column(Source, ColumnType.Text, Required: true),
            new Column("entity", ColumnType.Text, Required: true),
            new Column("mode", ColumnType.Text, Required: true),
            new Column("status", ColumnType.Text, Required: true),
            new Column("rows_read", ColumnType.BigInteger, Required: true),
            new Column("rows_loaded", ColumnType.BigInteger, Required: true),
            new Column("rows_unchanged", ColumnType.BigInteger, Required: true),
            new Column("rows_rejected", ColumnType.BigInteger, Required: true),
            new Column("rows_deleted", ColumnType.BigInteger, Required: true),
            new Column("started_at", ColumnType.Timestamp, Required: true),
            new Column("ended_at", ColumnType.Timestamp, Required: true),
            new Column("error", ColumnType.LongText),
        ],
        ["run_id", Source, "entity"]);

    /// <summary>Every rejected record with its reasons and raw values.</summary>
    public static readonly Table EtlReject = new(
        "etl_reject",
        [
            new Column("run_id", ColumnType.Text, Required: true),
            new Column(Source, ColumnType.Text, Required: true),
            new Column("entity", ColumnType.Text, Required: true),
            new Column(RowNumber, ColumnType.BigInteger, Required: true),
            new Column("source_key", ColumnType.LongText),
            new Column(Reasons, ColumnType.LongText, Required: true),
            new Column(Raw, ColumnType.LongText, Required: true),
        ],
        []);

    /// <summary>The incremental watermark per source and entity.</summary>
    public static readonly Table EtlWatermark = new(
        "etl_watermark",
        [
            new Column(Source, ColumnType.Text, Required: true),
            new Column("entity", ColumnType.Text, Required: true),
            new Column("watermark", ColumnType.Timestamp, Required: true),
            new Column("run_id", ColumnType.Text, Required: true),
        ],
        [Source, "entity"]);

    /// <summary>Measure results, one row per unit (patients.csv), for one as-of date.</summary>
    public static readonly Table KpiPatient = new(
        "kpi_patient",
        [
            new Column("as_of", ColumnType.Date, Required: true),
            new Column("measure_id", ColumnType.Text, Required: true),
            new Column("clinic_id", ColumnType.Text, Required: true),
            new Column("period", ColumnType.Text, Required: true, MaxLength: 7),
            new Column(Source, ColumnType.Text, Required: true),
            new Column("patient_id", ColumnType.Text, Required: true),
            new Column("unit_id", ColumnType.Text, Required: true),
            new Column("in_denominator", ColumnType.Boolean, Required: true),
            new Column("excluded", ColumnType.Boolean, Required: true),
            new Column("in_numerator", ColumnType.Boolean, Required: true),
            new Column("pending", ColumnType.Boolean, Required: true),
            new Column("numerator_value", ColumnType.Double, Required: true),
            new Column("days", ColumnType.Integer),
        ],
        []);

    /// <summary>Measure results per measure, clinic (and ALL), month and stratum, for one as-of date.</summary>
    public static readonly Table KpiMonthly = new(
        "kpi_monthly",
        [
            new Column("as_of", ColumnType.Date, Required: true),
            new Column("measure_id", ColumnType.Text, Required: true),
            new Column("clinic_id", ColumnType.Text, Required: true),
            new Column("period", ColumnType.Text, Required: true, MaxLength: 7),
            new Column("stratum", ColumnType.Text, Required: true),
            new Column("stratum_value", ColumnType.Text, Required: true),
            new Column("numerator", ColumnType.Double, Required: true),
            new Column("denominator", ColumnType.BigInteger, Required: true),
            new Column("rate", ColumnType.Double),
            new Column("status", ColumnType.Text, Required: true),
            new Column("median_days", ColumnType.Double),
        ],
        ["as_of", "measure_id", "clinic_id", "period", "stratum", "stratum_value"]);

    /// <summary>The fact table of an entity: source, the canonical columns, updated_at, loaded_run_id.</summary>
    public static Table Fact(EntityDefinition entity) => new(
        entity.Name,
        [
            new Column(Source, ColumnType.Text, Required: true),
            .. entity.Columns,
            UpdatedAtColumn,
            new Column(LoadedRunId, ColumnType.Text, Required: true),
        ],
        [Source, entity.IdColumn.Name]);

    /// <summary>
    /// The staging table of an entity: every record read, good or bad, with its row number,
    /// reasons and raw values. Typed columns are null where a value did not parse.
    /// </summary>
    public static Table Staging(EntityDefinition entity) => new(
        "stg_" + entity.Name,
        [
            new Column(RowNumber, ColumnType.BigInteger, Required: true),
            .. entity.Columns.Select(c => c with { Required = false }),
            UpdatedAtColumn,
            new Column(Reasons, ColumnType.LongText),
            new Column(Raw, ColumnType.LongText),
        ],
        []);

    /// <summary>Every permanent table, in creation order.</summary>
    public static IEnumerable<Table> All() =>
        [SchemaVersion, EtlRun, EtlRunEntity, EtlReject, EtlWatermark, .. CanonicalModel.Entities.Select(Fact), KpiPatient, KpiMonthly];
}
