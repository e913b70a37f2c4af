using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Sources;

/// <summary>
/// A clinic database (SQLite, PostgreSQL, SQL Server) whose own schema is mapped to the
/// canonical columns by one configured SELECT per entity. A query that mentions the parameter
/// <c>@watermark</c> gets the stored watermark, so an incremental read happens in the source.
/// Each read runs in the provider's <see cref="ReadOnlySession"/>. <paramref name="prepare"/>, when
/// given, readies each command before it runs (the files source's engine settings and its one-SELECT check).
/// </summary>
internal sealed class DatabaseSource(
    string name,
    string type,
    Func<DbConnection> connect,
    IReadOnlyDictionary<string, string> queries,
    Func<DateTime, object> watermarkValue,
    ReadOnlySession? session = null,
    Func<DbCommand, string, CancellationToken, Task>? prepare = null) : IClinicSource
{
    /// <summary>The parameter a query may use to read only rows changed after the watermark.</summary>
    public const string WatermarkParameter = "@watermark";

    public string Name => name;

    public string Type => type;

    public bool ReadsAhead => true;

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
    }

    public bool Provides(EntityDefinition entity) => queries.ContainsKey(entity.Name);

    public async IAsyncEnumerable<RawRecord> ReadAsync(
        EntityDefinition entity,
        DateTime? watermark,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sql = queries[entity.Name];
        var readOnly = session ?? ReadOnlySession.None;
        await using var connection = await OpenAsync(cancellationToken);
        await BeginAsync(connection, entity, readOnly, cancellationToken);
        await using var ended = new SessionEnd(connection, readOnly);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        if (sql.Contains(WatermarkParameter, StringComparison.OrdinalIgnoreCase))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = WatermarkParameter;
            parameter.Value = watermarkValue(watermark ?? DateTime.MinValue);
            command.Parameters.Add(parameter);
        }

        DbDataReader reader;
        try
        {
            if (prepare is not null)
            {
                await prepare(command, entity.Name, cancellationToken);
            }

            reader = await command.ExecuteReaderAsync(cancellationToken);
        }
        catch (DbException e)
        {
            throw new SourceException($"source '{name}': the query for {entity.Name} failed: {SafeError.Describe(e)}", e);
        }

        await using (reader)
        {
            var positions = MapColumns(reader, entity);
            var types = entity.Columns.Select(c => c.Type).Append(ColumnType.Timestamp).ToArray();
            var zoned = positions.Select(p => p >= 0 && IsZoned(reader.GetDataTypeName(p))).ToArray();
            long row = 0;
            while (await NextAsync(reader, entity, cancellationToken))
            {
                yield return new RawRecord(++row, Values(reader, entity, positions, types, zoned));
            }
        }
    }

    private async Task BeginAsync(DbConnection connection, EntityDefinition entity, ReadOnlySession readOnly, CancellationToken cancellationToken)
    {
        foreach (var statement in readOnly.Begin)
        {
            await using var begin = connection.CreateCommand();
            begin.CommandText = statement;
            try
            {
                await begin.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (DbException e)
            {
                throw new SourceException($"source '{name}': the read-only transaction for {entity.Name} could not begin: {SafeError.Describe(e)}", e);
            }
        }
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection;
        try
        {
            connection = connect();
        }
        catch (ArgumentException e)
        {
            // A keyword the provider does not know: its name may be shown, its value never.
            throw new SourceException($"source '{name}' ({type}): the connection string is not valid: {SafeError.Describe(e)}", e);
        }

        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException or TimeoutException)
        {
            await connection.DisposeAsync();
            throw new SourceException($"source '{name}' ({type}) cannot be reached: {SafeError.Describe(e)}", e);
        }
    }

    /// <summary>The next row; a server error mid-read (a cast that fails on row 5,000) names the entity, never the value.</summary>
    private async Task<bool> NextAsync(DbDataReader reader, EntityDefinition entity, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(cancellationToken);
        }
        catch (DbException e)
        {
            throw new SourceException($"source '{name}': the query for {entity.Name} failed: {SafeError.Describe(e)}", e);
        }
    }

    /// <summary>
    /// The row's values as text. A value the driver cannot read as any .NET type (a mapping mistake:
    /// an interval where a date belongs) names the column and the type expected, never the value.
    /// </summary>
    private string?[] Values(DbDataReader reader, EntityDefinition entity, int[] positions, ColumnType[] types, bool[] zoned)
    {
        var values = new string?[positions.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            var p = positions[i];
            try
            {
                values[i] = p < 0 || reader.IsDBNull(p) ? null : ToText(reader.GetValue(p), zoned[i]);
            }
            catch (Exception e) when (e is DbException or InvalidCastException or InvalidOperationException or OverflowException or FormatException)
            {
                var column = i < entity.Columns.Count ? entity.Columns[i].Name : CanonicalModel.UpdatedAt;
                throw new SourceException(
                    $"source '{name}': the query for {entity.Name} returns a column {column} that cannot be read as {types[i].ToString().ToLowerInvariant()} ({SafeError.Describe(e)})", e);
            }
        }

        return values;
    }

    private int[] MapColumns(DbDataReader reader, EntityDefinition entity)
    {
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var positions = SourceColumns.Positions(entity, names);
        var missing = SourceColumns.MissingRequired(entity, positions);
        if (missing.Count > 0)
        {
            throw new SourceException(
                $"source '{name}': the query for {entity.Name} returns no column {string.Join(", ", missing)} (alias the source column AS it)");
        }

        return positions;
    }

    /// <summary>
    /// Database values become the extract's text form, so one validator serves every source.
    /// Timestamps keep their time and, where the driver knows it, their offset (<c>Z</c> for a
    /// UTC value), so the validator takes their date in the source's time zone; a timestamp
    /// without a zone is the source's local time. A whole-number decimal gives the number.
    /// </summary>
    /// <param name="value">The value read.</param>
    /// <param name="zoned">True for a column the engine keeps in UTC but hands over without a kind (DuckDB's TIMESTAMPTZ).</param>
    internal static string? ToText(object value, bool zoned = false) => value switch
    {
        string s => s.Trim().Length == 0 ? null : s.Trim(),
        DateTime t when t.Kind != DateTimeKind.Utc && !zoned && t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), // a date column read as DateTime
        DateTime t when t.Kind == DateTimeKind.Utc || zoned => t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.') + "Z",
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.'),
        DateTimeOffset t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.') + t.ToString("zzz", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        decimal m => m.ToString("G29", CultureInfo.InvariantCulture),
        double f => f.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Whether a column's type keeps an instant: PostgreSQL's <c>timestamp with time zone</c>, DuckDB's <c>TimestampTz</c>.</summary>
    private static bool IsZoned(string typeName) =>
        typeName.EndsWith("tz", StringComparison.OrdinalIgnoreCase) || typeName.Contains("with time zone", StringComparison.OrdinalIgnoreCase);
}
