using System.Globalization;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;
using QiPipeline.Etl.Loading;
using QiPipeline.Etl.Sources;
using QiPipeline.Etl.Sources.Fhir;

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
            SourceTypes.Sqlite => new DatabaseSource(
                name, SourceTypes.Sqlite, () => new SqliteConnection(ReadOnlySqlite(connectionString)), options.Queries, SqliteTimestamp, ReadOnlySession.None),
            SourceTypes.Postgres => new DatabaseSource(
                name, SourceTypes.Postgres, () => new NpgsqlConnection(ReadOnlyPostgres(connectionString)), options.Queries, t => t, ReadOnlySession.Postgres),
            SourceTypes.SqlServer => new DatabaseSource(
                name, SourceTypes.SqlServer, () => new SqlConnection(ReadOnlySqlServer(connectionString)), options.Queries, t => t, ReadOnlySession.SqlServer),
            SourceTypes.Files => new DatabaseSource(
                name, SourceTypes.Files, () => DuckDbFiles.Connect(name, options.Path!), options.Queries, t => t, ReadOnlySession.None, DuckDbFiles.Prepare(name, options.Path!)),
            SourceTypes.Fhir => new FhirSource(name, options.Path!, new FhirMaps(options.Fhir)),
            _ => throw new ArgumentException($"Unknown source type '{options.Type}'.", nameof(options)),
        };
        return new ConfiguredSource(
            source,
            mode,
            SourcePolicy.From(options.Retries, options.RetryDelaySeconds, options.TimeoutSeconds),
            SourceRules.From(options.TimeZone, options.MaxRejectShare));
    }

    /// <summary>A clinic's database is only read: never create or change it, whatever Mode the connection string asks for.</summary>
    internal static string ReadOnlySqlite(string connectionString) =>
        new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString();

    /// <summary>
    /// Every transaction of the session is read-only by default, so that even a statement after a
    /// mapping query's own COMMIT cannot write (the read itself runs in <see cref="ReadOnlySession.Postgres"/>).
    /// </summary>
    internal static string ReadOnlyPostgres(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"{builder.Options} -c default_transaction_read_only=on".Trim();
        return builder.ToString();
    }

    /// <summary>Asks for a read-only replica where an availability group has one (elsewhere no effect).</summary>
    internal static string ReadOnlySqlServer(string connectionString) =>
        new SqlConnectionStringBuilder(connectionString) { ApplicationIntent = ApplicationIntent.ReadOnly }.ToString();

    /// <summary>
    /// SQLite keeps timestamps as ISO text, so the watermark is bound as text that compares
    /// correctly with it (no trailing zeros: '2025-01-01T10:00:00' is not after itself).
    /// </summary>
    private static string SqliteTimestamp(DateTime watermark) =>
        watermark.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');
}
