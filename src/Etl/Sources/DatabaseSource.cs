using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Sources;

/// <summary>
/// A clinic database (SQLite, PostgreSQL, SQL Server) whose own schema is mapped to the
/// canonical columns by one configured SELECT per entity. A query that mentions the parameter
/// <c>@watermark</c> gets the stored watermark, so an incremental read happens in the source.
/// <paramref name="prepare"/>, when given, readies each command before it runs (the files
/// source's engine settings and its one-SELECT check).
/// </summary>
internal sealed class DatabaseSource(
    string name,
    string type,
    Func<DbConnection> connect,
    IReadOnlyDictionary<string, string> queries,
    Func<DateTime, object> watermarkValue,
    Func<DbCommand, string, CancellationToken, Task>? prepare = null) : IClinicSource
{
    /// <summary>The parameter a query may use to read only rows changed after the watermark.</summary>
    public const string WatermarkParameter = "@watermark";

    public string Name => name;

    public string Type => type;

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
        await using var connection = await OpenAsync(cancellationToken);
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
            throw new SourceException($"source '{name}': the query for {entity.Name} failed: {e.Message}", e);
        }

        await using (reader)
        {
            var positions = MapColumns(reader, entity);
            var zoned = positions.Select(p => p >= 0 && IsZoned(reader.GetDataTypeName(p))).ToArray();
            long row = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                var values = new string?[positions.Length];
                for (var i = 0; i < positions.Length; i++)
                {
                    var p = positions[i];
                    values[i] = p < 0 || reader.IsDBNull(p) ? null : ToText(reader.GetValue(p), zoned[i]);
                }

                yield return new RawRecord(++row, values);
            }
        }
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = connect();
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException or TimeoutException)
        {
            await connection.DisposeAsync();
            throw new SourceException($"source '{name}' ({type}) cannot be reached: {e.Message}", e);
        }
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
