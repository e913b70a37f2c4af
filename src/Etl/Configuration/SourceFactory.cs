using System.Globalization;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;
using QiPipeline.Etl.Loading;
using QiPipeline.Etl.Sources;

namespace QiPipeline.Etl.Configuration;

/// <summary>Builds sources from validated options whose paths are already resolved.</summary>
internal static class SourceFactory
{
    public static ConfiguredSource Create(SourceOptions options, string connectionString)
    {
        var name = options.Name;
        var mode = string.Equals(options.Mode, "incremental", StringComparison.OrdinalIgnoreCase) ? LoadMode.Incremental : LoadMode.Snapshot;
        IClinicSource source = options.Type switch
        {
            SourceTypes.Csv => new CsvSource(name, options.Path!),
            SourceTypes.Sqlite => new DatabaseSource(name, SourceTypes.Sqlite, () => new SqliteConnection(ReadOnlySqlite(connectionString)), options.Queries, SqliteTimestamp),
            SourceTypes.Postgres => new DatabaseSource(name, SourceTypes.Postgres, () => new NpgsqlConnection(connectionString), options.Queries, t => t),
            SourceTypes.SqlServer => new DatabaseSource(name, SourceTypes.SqlServer, () => new SqlConnection(connectionString), options.Queries, t => t),
            SourceTypes.Files => new DatabaseSource(
                name, SourceTypes.Files, () => DuckDbFiles.Connect(name, options.Path!), options.Queries, t => t, DuckDbFiles.Prepare(name, options.Path!)),
            _ => throw new ArgumentException($"Unknown source type '{options.Type}'.", nameof(options)),
        };
        return new ConfiguredSource(
            source,
            mode,
            SourcePolicy.From(options.Retries, options.RetryDelaySeconds, options.TimeoutSeconds),
            SourceRules.From(options.TimeZone, options.MaxRejectShare));
    }

    /// <summary>A clinic's database is only read: never create or change it.</summary>
    private static string ReadOnlySqlite(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            builder.Mode = SqliteOpenMode.ReadOnly;
        }

        return builder.ToString();
    }

    /// <summary>
    /// SQLite keeps timestamps as ISO text, so the watermark is bound as text that compares
    /// correctly with it (no trailing zeros: '2025-01-01T10:00:00' is not after itself).
    /// </summary>
    private static string SqliteTimestamp(DateTime watermark) =>
        watermark.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');
}
