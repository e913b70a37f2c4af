using QiPipeline.Metrics.EdCategories;
using QiPipeline.Metrics.Engine;
using QiPipeline.Reports.Suppression;

namespace QiPipeline.Reports.Value;

/// <summary>
/// The ED visits of each clinic over the report's months by NYU category, tied together for small-cell
/// suppression: a clinic's visits are the sum of its weighted categories and its unclassified visits (each
/// row of the weights table adds up to 1), and the network's cells are the sums of the clinics' cells.
/// </summary>
internal sealed class EdCategoriesTable
{
    /// <summary>The categories in the order of the sheet's columns, then the unclassified visits.</summary>
    public static readonly IReadOnlyList<(string Title, Func<EdCategoryTotal, double> Of)> Categories =
    [
        ("Non-emergent", t => t.Weights.Noner),
        ("Emergent, primary care treatable", t => t.Weights.Epct),
        ("Emergent, ED care needed, preventable", t => t.Weights.Edcnpa),
        ("Emergent, ED care needed, not preventable", t => t.Weights.Edcnnpa),
        ("Injury", t => t.Weights.Injury),
        ("Mental health", t => t.Weights.Psych),
        ("Alcohol", t => t.Weights.Alcohol),
        ("Drug", t => t.Weights.Drug),
        ("Unclassified", t => t.Unclassified),
    ];

    private readonly SuppressionTable _table = new();
    private readonly List<double> _values = [];
    private bool[] _hidden = [];
    private int _minCellSize;

    private EdCategoriesTable()
    {
    }

    /// <summary>Each clinic, then the network.</summary>
    public List<EdCategoriesRow> Rows { get; } = [];

    public static EdCategoriesTable Build(IReadOnlyList<EdCategoryTotal> totals, IReadOnlyList<ReportClinic> order, int minCellSize)
    {
        var table = new EdCategoriesTable();
        var clinics = order.Where(c => c.Id != KpiRow.Network).ToList();
        var known = clinics.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        clinics.AddRange(totals.Select(t => t.ClinicId).Where(id => !known.Contains(id)).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).Select(id => new ReportClinic(id, id, Pilot: false, GoLive: null)));
        var network = order.FirstOrDefault(c => c.Id == KpiRow.Network) ?? new ReportClinic(KpiRow.Network, "All clinics (network)", false, null);

        var rows = clinics.Select(c =>
        {
            var mine = totals.Where(t => t.ClinicId == c.Id).ToList();
            return table.Add(c, mine.Sum(t => t.Visits), [.. Categories.Select(k => mine.Sum(k.Of))]);
        }).ToList();
        var all = table.Add(network, rows.Sum(r => r.Visits), [.. Categories.Select((_, i) => rows.Sum(r => r.Parts[i]))]);
        table._table.Relate(all.VisitsCell, [.. rows.Select(r => r.VisitsCell)]);
        for (var i = 0; i < Categories.Count; i++)
        {
            table._table.Relate(all.PartCells[i], [.. rows.Select(r => r.PartCells[i])]);
        }

        table._hidden = SmallCellSuppressor.Suppress(table._table, minCellSize);
        table._minCellSize = minCellSize;
        return table;
    }

    public bool IsHidden(int cell) => _hidden[cell];

    /// <summary>Whether the cell's count is itself small (hidden for its own sake, not only to protect another).</summary>
    public bool IsSmall(int cell) => _values[cell] > 0 && _values[cell] < _minCellSize;

    private EdCategoriesRow Add(ReportClinic clinic, double visits, double[] parts)
    {
        _values.Add(visits);
        _values.AddRange(parts);
        var row = new EdCategoriesRow(clinic, visits, parts, _table.Add(visits), [.. parts.Select(_table.Add)]);
        _table.Relate(row.VisitsCell, row.PartCells);
        Rows.Add(row);
        return row;
    }
}
