namespace QiPipeline.Etl.Configuration;

/// <summary>The source types a configuration may name.</summary>
public static class SourceTypes
{
    /// <summary>A folder of CSV files in the extract contract.</summary>
    public const string Csv = "csv";

    /// <summary>A SQLite database file.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>A PostgreSQL database.</summary>
    public const string Postgres = "postgres";

    /// <summary>A SQL Server database.</summary>
    public const string SqlServer = "sqlserver";

    /// <summary>Local files (CSV, Parquet, JSON) read by one DuckDB SELECT per entity.</summary>
    public const string Files = "files";

    /// <summary>A folder of FHIR R4 Bulk Data NDJSON files, mapped by US Core rules (docs/fhir.md).</summary>
    public const string Fhir = "fhir";

    /// <summary>Every type.</summary>
    public static readonly IReadOnlyList<string> All = [Csv, Sqlite, Postgres, SqlServer, Files, Fhir];

    /// <summary>The types read by one configured SELECT per entity (<c>queries</c>).</summary>
    public static readonly IReadOnlyList<string> Queried = [Sqlite, Postgres, SqlServer, Files];

    /// <summary>The types that connect to a database with a connection string.</summary>
    public static readonly IReadOnlyList<string> Databases = [Sqlite, Postgres, SqlServer];
}
