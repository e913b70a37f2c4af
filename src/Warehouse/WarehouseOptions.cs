namespace QiPipeline.Warehouse;

/// <summary>The <c>warehouse</c> section of the configuration.</summary>
public sealed record WarehouseOptions
{
    /// <summary>The default embedded warehouse, relative to the configuration file.</summary>
    public const string DefaultConnectionString = "Data Source=out/warehouse.duckdb";

    /// <summary><c>duckdb</c> (default), <c>postgres</c> or <c>sqlserver</c>.</summary>
    public string Provider { get; init; } = "duckdb";

    /// <summary>The connection string; keep secrets in the environment (see the README).</summary>
    public string ConnectionString { get; init; } = DefaultConnectionString;
}
