using System.Data.Common;
using System.Text.Json;
using DuckDB.NET.Data;

namespace QiPipeline.Etl.Sources;

/// <summary>
/// The engine of a <c>files</c> source: an in-memory DuckDB that runs the configured SELECT of
/// each entity over the clinic's files (<c>read_csv</c>, <c>read_parquet</c>, <c>read_json</c>).
/// Relative paths in the SQL are found in the source's folder (DuckDB's <c>file_search_path</c>).
/// The engine only reads: each query must be exactly one SELECT (checked by DuckDB's own parser,
/// so no COPY, EXPORT, ATTACH or INSTALL can run), extensions are never downloaded, and the
/// settings are locked before the query runs.
/// </summary>
internal static class DuckDbFiles
{
    /// <summary>
    /// The engine's buffer limit: a query over large files spills to no disk (the database is in
    /// memory), so the limit is what keeps a sort or a join of a big export from taking the machine.
    /// </summary>
    private const string MemoryLimit = "1GB";

    /// <summary>Opens nothing yet: a new in-memory engine, after checking the folder exists.</summary>
    public static DbConnection Connect(string name, string folder) =>
        Directory.Exists(folder)
            ? new DuckDBConnection($"Data Source=:memory:;memory_limit={MemoryLimit}")
            : throw new SourceException($"source '{name}': folder '{folder}' does not exist");

    /// <summary>Readies a command for one entity's query: settings, the one-SELECT check, streaming.</summary>
    public static Func<DbCommand, string, CancellationToken, Task> Prepare(string name, string folder) =>
        async (command, entity, cancellationToken) =>
        {
            var connection = command.Connection!;
            await ExecuteAsync(connection, $"SET file_search_path = '{folder.Replace("'", "''", StringComparison.Ordinal)}'", cancellationToken);
            await ExecuteAsync(connection, "SET autoinstall_known_extensions = false", cancellationToken);
            await ExecuteAsync(connection, "SET autoload_known_extensions = false", cancellationToken);
            if (await NotOneSelectAsync(connection, command.CommandText, cancellationToken) is { } problem)
            {
                throw new SourceException($"source '{name}': the query for {entity} {problem}");
            }

            await ExecuteAsync(connection, "SET lock_configuration = true", cancellationToken);

            // DuckDB.NET holds a whole result in memory unless told to stream.
            ((DuckDBCommand)command).UseStreamingMode = true;
        };

    /// <summary>Why <paramref name="sql"/> is not exactly one SELECT, or null when it is.</summary>
    private static async Task<string?> NotOneSelectAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var check = connection.CreateCommand();
        check.CommandText = "SELECT json_serialize_sql(CAST($sql AS VARCHAR))";
        var parameter = check.CreateParameter();
        parameter.ParameterName = "sql";
        parameter.Value = sql;
        check.Parameters.Add(parameter);
        var json = (string?)await check.ExecuteScalarAsync(cancellationToken) ?? "{}";
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.True)
        {
            var message = root.TryGetProperty("error_message", out var text) ? text.GetString() : null;
            return $"is not one SELECT: {message}";
        }

        var count = root.TryGetProperty("statements", out var statements) ? statements.GetArrayLength() : 0;
        return count == 1 ? null : $"is not one SELECT: it holds {count} statements";
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
