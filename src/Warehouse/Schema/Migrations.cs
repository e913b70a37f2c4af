using QiPipeline.Warehouse.Dialects;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Warehouse.Schema;

/// <summary>
/// The warehouse schema history. A new version appends a step here; a released step is never
/// edited, so that every warehouse reaches the same schema whatever version it started from.
/// </summary>
public static class Migrations
{
    /// <summary>
    /// Columns that a later step adds to a table step 1 or 2 creates from the current definitions.
    /// Those steps leave them out, so a new warehouse gets them from the same later step as an old
    /// one: the same columns, in the same order, whatever version a warehouse started from.
    /// </summary>
    private static readonly (int Version, string Table, string Column)[] AddedLater =
    [
        (3, CanonicalModel.EdVisits.Name, "other_dx"),
        (4, CanonicalModel.Diagnoses.Name, "dx_system"),
    ];

    /// <summary>Every step, in version order.</summary>
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "facts, run log, rejects, watermarks", d => WarehouseTables.All()
            .Where(t => t != WarehouseTables.SchemaVersion && t != WarehouseTables.KpiPatient && t != WarehouseTables.KpiMonthly)
            .Select(t => d.CreateTable(AsOf(t, 1)))),
        new(2, "measure results", d => [d.CreateTable(AsOf(WarehouseTables.KpiPatient, 2)), d.CreateTable(AsOf(WarehouseTables.KpiMonthly, 2))]),
        new(3, "further diagnoses of ED visits (other_dx)", d => Added(d, 3)),
        new(4, "code system of diagnoses (dx_system)", d => [.. Added(d, 4), IcdForEarlierDiagnoses(d)]),
    ];

    /// <summary>The version a migrated warehouse has.</summary>
    public static int Latest => All[^1].Version;

    /// <summary>The table as it was at <paramref name="version"/>: without the columns later steps add.</summary>
    private static Table AsOf(Table table, int version) => table with
    {
        Columns = [.. table.Columns.Where(c => !AddedLater.Any(a => a.Version > version && a.Table == table.Name && a.Column == c.Name))],
    };

    /// <summary>
    /// Every diagnosis loaded before step 4 passed the ICD-10-CM check, so it gets <c>icd10cm</c>, the
    /// value the loader now stores for an empty <c>dx_system</c>: an unchanged re-load then finds the
    /// row unchanged, and readers of the warehouse never see an empty system.
    /// </summary>
    private static string IcdForEarlierDiagnoses(WarehouseDialect d) =>
        $"UPDATE {d.Quote(CanonicalModel.Diagnoses.Name)} SET {d.Quote("dx_system")} = '{DxSystems.Icd10Cm}' WHERE {d.Quote("dx_system")} IS NULL";

    /// <summary>The ALTER TABLE statements of the columns that <paramref name="version"/> adds, defined as the current tables define them.</summary>
    private static IEnumerable<string> Added(WarehouseDialect dialect, int version) =>
        from added in AddedLater
        where added.Version == version
        let table = WarehouseTables.All().Single(t => t.Name == added.Table)
        select dialect.AddColumn(table, table.Columns.Single(c => c.Name == added.Column));
}
