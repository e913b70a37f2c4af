using System.Data.Common;
using System.Globalization;
using System.Text;
using QiPipeline.Warehouse.Model;
using QiPipeline.Warehouse.Schema;

namespace QiPipeline.Warehouse.Dialects;

/// <summary>
/// What differs between warehouse engines: connections, types, quoting, parameters, temporary
/// tables, the UPDATE ... FROM form and the bulk path. Everything else is shared SQL, so that a
/// statement is written once and tested on every engine.
/// </summary>
public abstract class WarehouseDialect
{
    /// <summary>The provider name used in configuration (<c>warehouse.provider</c>).</summary>
    public abstract string Name { get; }

    /// <summary>Creates an unopened connection.</summary>
    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>
    /// Takes the warehouse's run lock for <paramref name="owner"/>, or throws
    /// <see cref="Locking.WarehouseLockedException"/> at once when another run holds it.
    /// </summary>
    public abstract Task<Locking.RunLock> AcquireRunLockAsync(string connectionString, Locking.RunLockOwner owner, CancellationToken cancellationToken);

    /// <summary>Quotes an identifier.</summary>
    public virtual string Quote(string identifier) => "\"" + identifier + "\"";

    /// <summary>The placeholder for a named parameter.</summary>
    public virtual string Parameter(string name) => "@" + name;

    /// <summary>The SQL type of a column.</summary>
    public abstract string SqlType(Column column);

    /// <summary>The name of an entity's staging table as statements refer to it.</summary>
    public virtual string StagingName(EntityDefinition entity) => Quote(WarehouseTables.Staging(entity).Name);

    /// <summary>Creates a permanent table.</summary>
    public string CreateTable(Table table) => "CREATE TABLE " + Quote(table.Name) + " (" + ColumnList(table) + ")";

    /// <summary>Adds an optional column to a permanent table (a migration step).</summary>
    public string AddColumn(Table table, Column column)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(column);
        if (column.Required)
        {
            // The table may hold rows already: they would have no value for it.
            throw new ArgumentException($"{table.Name}.{column.Name}: a column added by a migration must be optional.", nameof(column));
        }

        return $"ALTER TABLE {Quote(table.Name)} {AddColumnClause} {Quote(column.Name)} {SqlType(column)}";
    }

    /// <summary>Creates a permanent table unless it exists (used only for the schema version table).</summary>
    public virtual string CreateTableIfNotExists(Table table) =>
        "CREATE TABLE IF NOT EXISTS " + Quote(table.Name) + " (" + ColumnList(table) + ")";

    /// <summary>Creates the staging table of an entity, private to the connection and its transaction.</summary>
    public virtual string CreateStagingTable(EntityDefinition entity) =>
        "CREATE TEMPORARY TABLE " + StagingName(entity) + " (" + ColumnList(WarehouseTables.Staging(entity)) + ")";

    /// <summary>
    /// Updates the fact rows whose staged good record differs in any canonical column (or in
    /// <c>updated_at</c>), so an unchanged re-load writes nothing.
    /// </summary>
    public string UpdateFactFromStaging(EntityDefinition entity)
    {
        var set = string.Join(", ", ChangeableColumns(entity).Select(c => $"{Quote(c)} = s.{Quote(c)}")
            .Append($"{Quote(WarehouseTables.LoadedRunId)} = {Parameter("run_id")}"));
        return UpdateFrom(Quote(entity.Name), "f", set, StagingName(entity) + " AS s", WhereStagedMatches(entity, "f"));
    }

    /// <summary>
    /// An UPDATE of <paramref name="target"/> (aliased <paramref name="targetAlias"/>) joined to
    /// one other table source. <paramref name="assignments"/> name target columns unqualified.
    /// </summary>
    public virtual string UpdateFrom(string target, string targetAlias, string assignments, string source, string condition) =>
        $"UPDATE {target} AS {targetAlias} SET {assignments} FROM {source} WHERE {condition}";

    /// <summary>A command whose result is read forward once, row by row, and need not be held whole.</summary>
    public virtual DbCommand CreateStreamingCommand(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return command;
    }

    /// <summary>An ORDER BY term sorting a text column by code point (ordinal), whatever the database collation.</summary>
    public virtual string BinaryOrder(string column) => Quote(column);

    /// <summary>
    /// A typed value as the text <see cref="RawValues.ReadsBack"/> accepts: text as it is, a
    /// whole number in its shortest form, <c>true</c>/<c>false</c>, a date and a timestamp in
    /// <see cref="RawValues.DateFormat"/> and <see cref="RawValues.TimestampFormat"/>.
    /// </summary>
    public virtual string TextOf(ColumnType type, string expression) => type switch
    {
        ColumnType.Text or ColumnType.LongText => expression,
        ColumnType.Integer or ColumnType.BigInteger => $"CAST({expression} AS VARCHAR(20))",
        ColumnType.Boolean => $"CASE WHEN {expression} THEN 'true' ELSE 'false' END",
        ColumnType.Date => $"TO_CHAR({expression}, 'YYYY-MM-DD')",
        ColumnType.Timestamp => $"TO_CHAR({expression}, 'YYYY-MM-DD\"T\"HH24:MI:SS')",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Statements run once on every new connection (session settings for loads).</summary>
    public virtual IEnumerable<string> SessionSetup => [];

    /// <summary>The ALTER TABLE clause that adds a column (T-SQL has no COLUMN keyword there).</summary>
    protected virtual string AddColumnClause => "ADD COLUMN";

    /// <summary>A null-safe "differs" predicate.</summary>
    protected virtual string IsDistinct(string left, string right) => $"{left} IS DISTINCT FROM {right}";

    /// <summary>Streams rows into an entity's staging table with the engine's bulk path; returns the row count.</summary>
    public Task<long> BulkInsertStagingAsync(
        DbConnection connection,
        DbTransaction transaction,
        EntityDefinition entity,
        IAsyncEnumerable<object?[]> rows,
        CancellationToken cancellationToken) =>
        BulkInsertAsync(connection, transaction, WarehouseTables.Staging(entity), temporary: true, rows, cancellationToken);

    /// <summary>
    /// Streams rows (values in the table's column order) into a table with the engine's bulk
    /// path, inside the transaction; returns the row count.
    /// </summary>
    public abstract Task<long> BulkInsertAsync(
        DbConnection connection,
        DbTransaction transaction,
        Table table,
        bool temporary,
        IAsyncEnumerable<object?[]> rows,
        CancellationToken cancellationToken);

    /// <summary>The canonical columns (and updated_at) that an update may change.</summary>
    protected static IEnumerable<string> ChangeableColumns(EntityDefinition entity) =>
        entity.Columns.Skip(1).Select(c => c.Name).Append(CanonicalModel.UpdatedAt);

    /// <summary>The join and change condition between a fact table and good staged records.</summary>
    protected string WhereStagedMatches(EntityDefinition entity, string factReference)
    {
        var id = Quote(entity.IdColumn.Name);
        var changed = string.Join(" OR ", ChangeableColumns(entity).Select(c => IsDistinct($"{factReference}.{Quote(c)}", $"s.{Quote(c)}")));
        return $"{factReference}.{Quote(WarehouseTables.Source)} = {Parameter("source")} AND {factReference}.{id} = s.{id} "
            + $"AND s.{Quote(WarehouseTables.Reasons)} IS NULL AND ({changed})";
    }

    /// <summary>Whether CREATE TABLE declares the table's primary key (the merge keeps keys unique either way).</summary>
    protected virtual bool DeclaresKey(Table table) => true;

    /// <summary>The column definitions and primary key of a CREATE TABLE.</summary>
    protected string ColumnList(Table table)
    {
        var sql = new StringBuilder();
        foreach (var column in table.Columns)
        {
            sql.Append(CultureInfo.InvariantCulture, $"{Quote(column.Name)} {SqlType(column)}{(column.Required ? " NOT NULL" : "")}, ");
        }

        if (table.Key.Count > 0 && DeclaresKey(table))
        {
            sql.Append("PRIMARY KEY (").Append(string.Join(", ", table.Key.Select(Quote))).Append(')');
        }
        else
        {
            sql.Length -= 2;
        }

        return sql.ToString();
    }
}
