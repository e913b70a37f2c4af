namespace QiPipeline.Etl.Configuration;

/// <summary>One entry of the <c>sources</c> configuration array.</summary>
public sealed class SourceOptions
{
    /// <summary>The source name (letters, digits, '-', '_'), part of every record's natural key.</summary>
    public string? Name { get; set; }

    /// <summary><c>csv</c>, <c>sqlite</c>, <c>postgres</c> or <c>sqlserver</c>.</summary>
    public string? Type { get; set; }

    /// <summary>For csv: the extract folder (relative to the configuration file).</summary>
    public string? Path { get; set; }

    /// <summary>For databases: the connection string (or set it in the environment, see the README).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>For databases: the name of an environment variable holding the connection string.</summary>
    public string? ConnectionStringEnv { get; set; }

    /// <summary><c>snapshot</c> (default) or <c>incremental</c>.</summary>
    public string? Mode { get; set; }

    /// <summary>For databases: one SELECT per entity returning the canonical columns.</summary>
    public Dictionary<string, string> Queries { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How many times a transient failure (connection refused, timeout, deadlock) is retried (default 3; 0 = none).</summary>
    public int? Retries { get; set; }

    /// <summary>The first retry's delay in seconds (default 2); each later one doubles it, with jitter.</summary>
    public double? RetryDelaySeconds { get; set; }

    /// <summary>The whole source's time limit in seconds (default 3600; 0 = none); past it the source is cancelled and fails.</summary>
    public double? TimeoutSeconds { get; set; }
}
