namespace QiPipeline.Warehouse.Dialects;

/// <summary>The warehouse providers, by their configuration name.</summary>
public static class WarehouseDialects
{
    /// <summary>Every provider.</summary>
    public static readonly IReadOnlyList<WarehouseDialect> All = [new DuckDbDialect(), new PostgresDialect(), new SqlServerDialect()];

    /// <summary>The provider names, for messages.</summary>
    public static string Names => string.Join(", ", All.Select(d => d.Name));

    /// <summary>Finds a provider by name (case-insensitive), or null.</summary>
    public static WarehouseDialect? Find(string? name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
}
