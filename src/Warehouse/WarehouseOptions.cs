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

    /// <summary>The as-of dates of kpi_patient a measure run keeps unless configured.</summary>
    public const int DefaultKeepPatientResults = 3;

    /// <summary>
    /// How many as-of dates of patient-level results (<c>kpi_patient</c>) a measure run leaves: its own and the
    /// latest others, up to this many; 0 keeps every as-of date. <c>kpi_monthly</c> keeps every as-of date.
    /// </summary>
    public int KeepPatientResults { get; init; } = DefaultKeepPatientResults;
}
