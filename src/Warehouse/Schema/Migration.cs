using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.Warehouse.Schema;

/// <summary>One step of the warehouse schema; applied once, in its own transaction.</summary>
/// <param name="Version">The version the step brings the warehouse to.</param>
/// <param name="Description">What it changes.</param>
/// <param name="Statements">The statements for a dialect.</param>
public sealed record Migration(int Version, string Description, Func<WarehouseDialect, IEnumerable<string>> Statements);
