namespace QiPipeline.Warehouse.Schema;

/// <summary>
/// The warehouse schema history. A new version appends a step here; a released step is never
/// edited, so that every warehouse reaches the same schema whatever version it started from.
/// </summary>
public static class Migrations
{
    /// <summary>Every step, in version order.</summary>
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "facts, run log, rejects, watermarks", d => WarehouseTables.All()
            .Where(t => t != WarehouseTables.SchemaVersion && t != WarehouseTables.KpiPatient && t != WarehouseTables.KpiMonthly)
            .Select(d.CreateTable)),
        new(2, "measure results", d => [d.CreateTable(WarehouseTables.KpiPatient), d.CreateTable(WarehouseTables.KpiMonthly)]),
    ];

    /// <summary>The version a migrated warehouse has.</summary>
    public static int Latest => All[^1].Version;
}
