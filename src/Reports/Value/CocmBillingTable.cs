using QiPipeline.Metrics.Billing;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Suppression;

namespace QiPipeline.Reports.Value;

/// <summary>
/// The CoCM counts of the value workbook, tied together for small-cell suppression: per code, each clinic's
/// months and their total, then the network's months (the sum of the clinics' months) and its total (the
/// sum of the clinics' totals and of its own months). Patient-months and units are suppressed alike.
/// </summary>
internal sealed class CocmBillingTable
{
    private readonly SuppressionTable _table = new();
    private bool[] _hidden = [];

    private CocmBillingTable()
    {
    }

    /// <summary>Per code, each clinic's months then its total; the network last.</summary>
    public List<CocmBillingRow> Rows { get; } = [];

    public static CocmBillingTable Build(IReadOnlyList<CocmTotal> totals, IReadOnlyList<ReportClinic> order, IReadOnlyList<Month> months, int minCellSize)
    {
        var table = new CocmBillingTable();
        var clinics = order.Where(c => c.Id != KpiRow.Network).ToList();
        var known = clinics.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        clinics.AddRange(totals.Select(t => t.ClinicId).Where(id => !known.Contains(id)).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).Select(id => new ReportClinic(id, id, Pilot: false, GoLive: null)));
        var network = order.FirstOrDefault(c => c.Id == KpiRow.Network) ?? new ReportClinic(KpiRow.Network, "All clinics (network)", false, null);
        var byKey = totals.ToDictionary(t => (t.ClinicId, t.Period, t.Code));
        foreach (var code in CocmBilling.Codes)
        {
            table.AddCode(code, clinics, network, months, byKey);
        }

        table._hidden = SmallCellSuppressor.Suppress(table._table, minCellSize);
        return table;
    }

    public bool IsHidden(int cell) => _hidden[cell];

    private void AddCode(
        string code, List<ReportClinic> clinics, ReportClinic network, IReadOnlyList<Month> months, Dictionary<(string, Month, string), CocmTotal> byKey)
    {
        var clinicMonths = new List<List<CocmBillingRow>>();
        var clinicTotals = new List<CocmBillingRow>();
        foreach (var clinic in clinics)
        {
            var rows = months.Select(m => byKey.TryGetValue((clinic.Id, m, code), out var t) ? Add(code, clinic, m, t.PatientMonths, t.Units) : Add(code, clinic, m, 0, 0)).ToList();
            clinicMonths.Add(rows);
            clinicTotals.Add(Total(code, clinic, null, rows));
        }

        var networkMonths = months.Select((m, i) => Total(code, network, m, clinicMonths.Select(rows => rows[i]).ToList())).ToList();
        var networkTotal = Total(code, network, null, clinicTotals);
        Relate(networkTotal, networkMonths);
    }

    private CocmBillingRow Add(string code, ReportClinic clinic, Month? period, int patientMonths, int units)
    {
        var row = new CocmBillingRow(code, clinic, period, patientMonths, units, _table.Add(patientMonths), _table.Add(units));
        Rows.Add(row);
        return row;
    }

    /// <summary>Adds a row that is the sum of <paramref name="parts"/>, related to them.</summary>
    private CocmBillingRow Total(string code, ReportClinic clinic, Month? period, List<CocmBillingRow> parts)
    {
        var total = Add(code, clinic, period, parts.Sum(p => p.PatientMonths), parts.Sum(p => p.Units));
        Relate(total, parts);
        return total;
    }

    private void Relate(CocmBillingRow total, List<CocmBillingRow> parts)
    {
        _table.Relate(total.PatientMonthsCell, parts.Select(p => p.PatientMonthsCell).ToList());
        _table.Relate(total.UnitsCell, parts.Select(p => p.UnitsCell).ToList());
    }
}
