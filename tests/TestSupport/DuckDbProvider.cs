using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.TestSupport;

/// <summary>DuckDB: a new file per warehouse, in a folder deleted with the fixture.</summary>
public sealed class DuckDbProvider : WarehouseProvider, IDisposable
{
    private readonly TempDirectory _folder = new("qi-duckdb");
    private int _count;

    /// <inheritdoc />
    public override WarehouseDialect Dialect { get; } = new DuckDbDialect();

    /// <inheritdoc />
    public override Task<string> NewWarehouseAsync() =>
        Task.FromResult($"Data Source={_folder.File($"warehouse{Interlocked.Increment(ref _count)}.duckdb")}");

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();
}
