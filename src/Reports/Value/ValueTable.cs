using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Suppression;

namespace QiPipeline.Reports.Value;

/// <summary>
/// Every count the value workbook shows, tied together for small-cell suppression: each month's network
/// row is the sum of its clinic rows, each pooled period the sum of its months, and a proportion's
/// denominator the numerator plus the rest.
/// </summary>
internal sealed class ValueTable
{
    private readonly SuppressionTable _table = new();
    private bool[] _hidden = [];

    private ValueTable()
    {
    }

    /// <summary>The Monthly sheet's rows: per measure, its clinics in report order, the network last.</summary>
    public List<MonthCell> Months { get; } = [];

    /// <summary>The Headlines sheet's rows: per measure, the pilot clinics, then the network.</summary>
    public List<HeadlineRow> Headlines { get; } = [];

    public static ValueTable Build(IReadOnlyList<KpiRow> rows, IReadOnlyList<ReportClinic> clinics, int minCellSize)
    {
        var value = new ValueTable();
        var all = rows.Where(r => r.Stratum == KpiRow.AllStratum).ToList();
        var order = ClinicOrder.Of(all, clinics);
        foreach (var measure in all.GroupBy(r => r.MeasureId, StringComparer.Ordinal))
        {
            value.AddMeasure(MeasureDisplay.For(measure.Key), measure.ToList(), order);
        }

        value._hidden = SmallCellSuppressor.Suppress(value._table, minCellSize);
        return value;
    }

    public bool IsHidden(int cell) => cell >= 0 && _hidden[cell];

    /// <summary>A rate is hidden with its numerator, its denominator or, for a proportion, the rest.</summary>
    public bool IsRateHidden(Counts cells) => IsHidden(cells.Numerator) || IsHidden(cells.Denominator) || IsHidden(cells.Rest);

    private void AddMeasure(MeasureDisplay measure, List<KpiRow> rows, List<ReportClinic> order)
    {
        var cells = new Dictionary<(string Clinic, Month Month), MonthCell>();
        foreach (var clinic in order)
        {
            foreach (var row in rows.Where(r => r.ClinicId == clinic.Id).OrderBy(r => r.Period))
            {
                var cell = new MonthCell(row, measure, clinic, AddCounts(measure, row.Numerator, row.Denominator));
                cells[(clinic.Id, row.Period)] = cell;
                Months.Add(cell);
            }
        }

        foreach (var network in cells.Values.Where(c => c.Clinic.Id == KpiRow.Network))
        {
            var parts = cells.Values.Where(c => c.Clinic.Id != KpiRow.Network && c.Row.Period == network.Row.Period).Select(c => c.Cells).ToList();
            RelateSums(network.Cells, parts);
        }

        var pilots = order.Where(c => c.Pilot && c.GoLive is not null && c.Id != KpiRow.Network).ToList();
        foreach (var clinic in pilots)
        {
            AddHeadline(measure, clinic, clinic.GoLive!.Value, cells);
        }

        if (pilots.Count > 0)
        {
            AddHeadline(measure, order[^1], pilots.Min(p => p.GoLive!.Value), cells);
        }
    }

    private void AddHeadline(MeasureDisplay measure, ReportClinic clinic, DateOnly goLive, Dictionary<(string Clinic, Month Month), MonthCell> cells)
    {
        var final = cells.Values.Where(c => c.Clinic.Id == clinic.Id && !c.Row.Pending).ToList();
        var split = Month.Of(goLive);
        Headlines.Add(new HeadlineRow(
            measure, clinic, goLive, Pool(measure, final.Where(c => c.Row.Period < split).ToList()), Pool(measure, final.Where(c => c.Row.Period >= split).ToList())));
    }

    private PooledPeriod Pool(MeasureDisplay measure, List<MonthCell> months)
    {
        var numerator = months.Sum(m => m.Row.Numerator);
        var denominator = months.Sum(m => m.Row.Denominator);
        var counts = AddCounts(measure, numerator, denominator);
        RelateSums(counts, months.Select(m => m.Cells).ToList());
        return new PooledPeriod(months.Select(m => m.Row.Period).ToList(), numerator, denominator, counts);
    }

    private Counts AddCounts(MeasureDisplay measure, double numerator, long denominator)
    {
        var n = _table.Add(numerator);
        var d = _table.Add(denominator);
        if (measure.IsRate)
        {
            return new Counts(n, d, -1);
        }

        var rest = _table.Add(Math.Max(0, denominator - numerator));
        _table.Relate(d, [n, rest]);
        return new Counts(n, d, rest);
    }

    private void RelateSums(Counts total, List<Counts> parts)
    {
        _table.Relate(total.Numerator, parts.Select(p => p.Numerator).ToList());
        _table.Relate(total.Denominator, parts.Select(p => p.Denominator).ToList());
        if (total.Rest >= 0)
        {
            _table.Relate(total.Rest, parts.Select(p => p.Rest).ToList());
        }
    }
}
