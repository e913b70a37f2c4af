using QiPipeline.Warehouse.Schema;

namespace QiPipeline.Warehouse.Dialects;

/// <summary>The statements that replace one as-of date's measure results (parameter <c>as_of</c>).</summary>
public sealed class KpiSql(WarehouseDialect d)
{
    /// <summary>Removes the patient-level results of the as-of date.</summary>
    public string DeletePatientResults { get; } =
        $"DELETE FROM {d.Quote(WarehouseTables.KpiPatient.Name)} WHERE {d.Quote("as_of")} = {d.Parameter("as_of")}";

    /// <summary>The as-of dates that have patient-level results (for the retention: each older one is removed with <see cref="DeletePatientResults"/>).</summary>
    public string PatientResultDates { get; } =
        $"SELECT DISTINCT {d.Quote("as_of")} FROM {d.Quote(WarehouseTables.KpiPatient.Name)}";

    /// <summary>Removes the monthly results of the as-of date.</summary>
    public string DeleteMonthlyResults { get; } =
        $"DELETE FROM {d.Quote(WarehouseTables.KpiMonthly.Name)} WHERE {d.Quote("as_of")} = {d.Parameter("as_of")}";

    /// <summary>Every statement, for the dialect parse tests.</summary>
    public IEnumerable<string> All() => [DeletePatientResults, DeleteMonthlyResults, PatientResultDates];
}
