using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.TestSupport;

/// <summary>PostgreSQL: a new database per warehouse on the process's private cluster.</summary>
public sealed class PostgresProvider : WarehouseProvider
{
    /// <inheritdoc />
    public override WarehouseDialect Dialect { get; } = new PostgresDialect();

    /// <inheritdoc />
    public override Task<string> NewWarehouseAsync() => SharedPostgres.Server.CreateDatabaseAsync("wh");
}
