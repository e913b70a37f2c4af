namespace QiPipeline.Etl.Configuration;

/// <summary>One entry of the <c>sources</c> configuration array; <see cref="SourceOptionsValidator"/> checks it.</summary>
public sealed record SourceOptions
{
    /// <summary>The source name (letters, digits, '-', '_'), part of every record's natural key.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary><c>csv</c>, <c>sqlite</c>, <c>postgres</c>, <c>sqlserver</c>, <c>files</c> or <c>fhir</c>.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>For csv: the extract folder; for files: the folder the queries' relative file paths are found in; for fhir: the Bulk Data export folder (relative to the configuration file).</summary>
    public string? Path { get; init; }

    /// <summary>For databases: the connection string (or set it in the environment, see the README).</summary>
    public string? ConnectionString { get; init; }

    /// <summary>For databases: the name of an environment variable holding the connection string.</summary>
    public string? ConnectionStringEnv { get; init; }

    /// <summary><c>snapshot</c> (default) or <c>incremental</c>.</summary>
    public string? Mode { get; init; }

    /// <summary>For databases and files: one SELECT per entity returning the canonical columns.</summary>
    public IReadOnlyDictionary<string, string> Queries { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>How many times a transient failure (connection refused, timeout, deadlock) is retried (default 3; 0 = none).</summary>
    public int? Retries { get; init; }

    /// <summary>The first retry's delay in seconds (default 2); each later one doubles it, with jitter.</summary>
    public double? RetryDelaySeconds { get; init; }

    /// <summary>The whole source's time limit in seconds (default 3600; 0 = none); past it the source is cancelled and fails.</summary>
    public double? TimeoutSeconds { get; init; }

    /// <summary>
    /// The IANA time zone (<c>America/New_York</c>) whose local date a timestamp with an offset
    /// is given; null for the machine's zone.
    /// </summary>
    public string? TimeZone { get; init; }

    /// <summary>
    /// The largest share (0-1) of an entity's records that may be rejected before the source counts
    /// as failed (null: 0.5); an entity that read records and loaded none fails whatever the share.
    /// </summary>
    public double? MaxRejectShare { get; init; }

    /// <summary>For fhir: the organization, code and survey maps (docs/fhir.md); null when none is needed.</summary>
    public FhirSourceOptions? Fhir { get; init; }
}
