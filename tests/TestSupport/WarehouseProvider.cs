using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.TestSupport;

/// <summary>
/// A warehouse engine for provider tests (Dapper's <c>Tests&lt;TProvider&gt;</c> pattern): each
/// test asks for a new, empty warehouse. A provider that cannot run here says why in
/// <see cref="SkipReason"/>.
/// </summary>
public abstract class WarehouseProvider
{
    /// <summary>The engine.</summary>
    public abstract WarehouseDialect Dialect { get; }

    /// <summary>Why this provider's tests are skipped here, or null when it runs.</summary>
    public virtual string? SkipReason => null;

    /// <summary>Creates an empty warehouse and returns its connection string.</summary>
    public abstract Task<string> NewWarehouseAsync();
}
