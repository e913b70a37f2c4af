using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Suppression;

namespace QiPipeline.Reports.Value;

/// <summary>
/// Every count the value workbook shows, tied together for small-cell suppression: each month's network
/// row is the sum of its clinic rows, each pooled period the sum of its months, and a proportion's
/// denominator the numerator plus the rest. A pooled period is shown only when all its months are (see
/// <see cref="SmallCellSuppressor"/>), so it is consistent with every cell it sums, and with the network's
/// period, which sums the same months. Periods are fixed runs of months anchored on go-live (see <see cref="PooledPeriod"/>).
/// </summary>
internal sealed class ValueTable
{
    private readonly SuppressionTable _table = new();
    private bool[] _hidden = [];
    private bool[] _small = [];

    private ValueTable()
    {
    }

    /// <summary>The Monthly sheet's rows: per measure, its clinics in report order, the network last.</summary>
    public List<MonthCell> Months { get; } = [];

    /// <summary>The Headlines sheet's rows: per measure, each pilot clinic, then the pilot clinics' and the comparison clinics' groups.</summary>
    public List<HeadlineRow> Headlines { get; } = [];

    public static ValueTable Build(IReadOnlyList<KpiRow> rows, IReadOnlyList<ReportClinic> clinics, int minCellSize, int periodMonths = ValueOptions.DefaultPeriodMonths)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(periodMonths, 1);
        var value = new ValueTable();
        var all = rows.Where(r => r.Stratum == KpiRow.AllStratum).ToList();
        var order = ClinicOrder.Of(all, clinics);
        foreach (var measure in all.GroupBy(r => r.MeasureId, StringComparer.Ordinal))
        {
            value.AddMeasure(MeasureDisplay.For(measure.Key), measure.ToList(), order, periodMonths);
        }

        value._hidden = SmallCellSuppressor.Suppress(value._table, minCellSize);
        value._small = value._table.Values.Select(v => v > 0 && v < minCellSize).ToArray();
        return value;
    }

    public bool IsHidden(int cell) => cell >= 0 && _hidden[cell];

    /// <summary>A hidden count from 1 to the minimum cell size less 1 (a primary cell); other hidden counts protect one.</summary>
    public bool IsSmall(int cell) => cell >= 0 && _small[cell];

    /// <summary>A rate is hidden with its numerator, its denominator or, for a proportion, the rest.</summary>
    public bool IsRateHidden(Counts cells) => IsHidden(cells.Numerator) || IsHidden(cells.Denominator) || IsHidden(cells.Rest);

    private void AddMeasure(MeasureDisplay measure, List<KpiRow> rows, List<ReportClinic> order, int periodMonths)
    {
        var cells = new Dictionary<(string Clinic, Month Month), MonthCell>();
        foreach (var clinic in order)
        {
            foreach (var row in rows.Where(r => r.ClinicId == clinic.Id).OrderBy(r => r.Period))
            {
                var cell = new MonthCell(row, measure, clinic, AddCounts(measure, row.Numerator, row.Denominator, pooled: false));
                cells[(clinic.Id, row.Period)] = cell;
                Months.Add(cell);
            }
        }

        // The network row is related to its clinics even where it is less than their sum (a patient seen at two
        // clinics counted once): it is then protected as if it were the sum, which hides at least as much.
        foreach (var network in cells.Values.Where(c => c.Clinic.Id == KpiRow.Network))
        {
            var parts = cells.Values.Where(c => c.Clinic.Id != KpiRow.Network && c.Row.Period == network.Row.Period).Select(c => c.Cells).ToList();
            RelateSums(network.Cells, parts);
        }

        // A network that is the sum of its clinics every month lets a reader add up a group's hidden months
        // from the shown totals; where it counts a patient seen at two clinics once, the group would tell more,
        // so it is then shown only when all its months are (as a clinic's period).
        var additive = cells.Values.Where(c => c.Clinic.Id == KpiRow.Network).All(network =>
        {
            var parts = cells.Values.Where(c => c.Clinic.Id != KpiRow.Network && c.Row.Period == network.Row.Period).ToList();
            return Math.Abs(parts.Sum(p => p.Row.Numerator) - network.Row.Numerator) < 1e-9 && parts.Sum(p => p.Row.Denominator) == network.Row.Denominator;
        });
        var pools = new Dictionary<(string Clinic, Month First), PooledPeriod>();
        var pilots = order.Where(c => c.Pilot && c.GoLive is not null && c.Id != KpiRow.Network).ToList();
        foreach (var clinic in pilots)
        {
            AddHeadline(measure, clinic, clinic.GoLive!.Value, cells, pools, periodMonths);
        }

        if (pilots.Count > 0)
        {
            // Each pilot on its own go-live; the comparison clinics on the first one (the months the pilots
            // changed in begin there).
            var first = pilots.Min(p => p.GoLive!.Value);
            AddGroup(measure, HeadlineGroups.Pilots, first, pilots.Select(p => (p.Id, Month.Of(p.GoLive!.Value))).ToList(), cells, periodMonths, additive);
            var comparison = order.Where(c => !c.Pilot && c.Id != KpiRow.Network).Select(c => (c.Id, Month.Of(first))).ToList();
            if (comparison.Count > 0)
            {
                AddGroup(measure, HeadlineGroups.Comparison, first, comparison, cells, periodMonths, additive);
            }
        }
    }

    /// <summary>Suppressed counts among the numerators and denominators the workbook shows, and all of them.</summary>
    public (int Hidden, int Shown) SuppressedCounts()
    {
        var cells = Months.Select(m => m.Cells)
            .Concat(Headlines.SelectMany(h => new[] { h.Before.Cells, h.After.Cells }))
            .SelectMany(c => new[] { c.Numerator, c.Denominator })
            .Distinct()
            .ToList();
        return (cells.Count(IsHidden), cells.Count);
    }

    /// <summary>
    /// A group's headline: every member's whole period pooled, related to the members' months directly, so it
    /// is shown whenever the shown months already give it (see <see cref="SmallCellSuppressor"/>); for a
    /// network that is not the sum of its clinics, only when all its months are shown.
    /// </summary>
    private void AddGroup(
        MeasureDisplay measure, ReportClinic group, DateOnly goLive, List<(string Clinic, Month Split)> members,
        Dictionary<(string Clinic, Month Month), MonthCell> cells, int periodMonths, bool additive)
    {
        PooledPeriod Side(int from)
        {
            var months = members.SelectMany(m => Enumerable.Range(from, periodMonths).Select(i => (m.Clinic, Month: m.Split.Plus(i)))).ToList();
            var final = months.Select(m => cells.GetValueOrDefault(m)).OfType<MonthCell>().Where(c => !c.Row.Pending).ToList();
            var numerator = final.Sum(m => m.Row.Numerator);
            var denominator = final.Sum(m => m.Row.Denominator);
            var counts = AddCounts(measure, numerator, denominator, pooled: !additive, group: additive);
            RelateSums(counts, final.Select(m => m.Cells).ToList());
            var distinct = months.Select(m => m.Month).Distinct().Order().ToList();
            return new PooledPeriod(distinct, final.Count == months.Count ? distinct.Count : 0, numerator, denominator, counts);
        }

        Headlines.Add(new HeadlineRow(measure, group, goLive, Side(-periodMonths), Side(0)));
    }

    private void AddHeadline(
        MeasureDisplay measure, ReportClinic clinic, DateOnly goLive, Dictionary<(string Clinic, Month Month), MonthCell> cells,
        Dictionary<(string Clinic, Month First), PooledPeriod> pools, int periodMonths)
    {
        var split = Month.Of(goLive);
        var before = Enumerable.Range(-periodMonths, periodMonths).Select(split.Plus).ToList();
        var after = Enumerable.Range(0, periodMonths).Select(split.Plus).ToList();
        Headlines.Add(new HeadlineRow(
            measure, clinic, goLive, Pool(measure, clinic.Id, before, cells, pools), Pool(measure, clinic.Id, after, cells, pools)));
    }

    /// <summary>The final months of <paramref name="months"/> at a clinic pooled; one pool per clinic and period, shared.</summary>
    private PooledPeriod Pool(
        MeasureDisplay measure, string clinic, List<Month> months, Dictionary<(string Clinic, Month Month), MonthCell> cells,
        Dictionary<(string Clinic, Month First), PooledPeriod> pools)
    {
        if (pools.TryGetValue((clinic, months[0]), out var pooled))
        {
            return pooled;
        }

        var final = months.Select(m => cells.GetValueOrDefault((clinic, m))).OfType<MonthCell>().Where(c => !c.Row.Pending).ToList();
        var numerator = final.Sum(m => m.Row.Numerator);
        var denominator = final.Sum(m => m.Row.Denominator);
        var counts = AddCounts(measure, numerator, denominator, pooled: true);
        RelateSums(counts, final.Select(m => m.Cells).ToList());
        pooled = new PooledPeriod(months, final.Count, numerator, denominator, counts);
        pools[(clinic, months[0])] = pooled;
        return pooled;
    }

    private Counts AddCounts(MeasureDisplay measure, double numerator, long denominator, bool pooled, bool group = false)
    {
        int Add(double count) => group ? _table.AddGroup(count) : pooled ? _table.AddPooled(count) : _table.Add(count);
        var n = Add(numerator);
        var d = Add(denominator);
        if (measure.IsRate)
        {
            return new Counts(n, d, -1);
        }

        var rest = Add(Math.Max(0, denominator - numerator));
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
