using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Engine;

/// <summary>
/// Adds units up per measure, clinic, month and stratum. The network row <c>ALL</c> is kept as
/// the sum of the clinic rows (its median days is the median over all its units). Cells are
/// keyed by small integers, and a patient's strata are worked out once per patient, because
/// this runs for every unit of every patient (tens of millions at a million patients).
/// </summary>
public sealed class KpiAggregator
{
    private readonly IReadOnlyList<string> _measureIds;
    private readonly MeasureContext _context;
    private readonly Dictionary<string, int> _measures;
    private readonly List<string> _clinics = [KpiRow.Network];
    private readonly Dictionary<string, int> _clinicIndex = new(StringComparer.Ordinal) { [KpiRow.Network] = 0 };
    private readonly bool _clinicsConfigured;
    private readonly List<(int Stratum, string Value)> _values = [];
    private readonly Dictionary<(int, string), int> _valueIndex = [];
    private readonly Dictionary<long, Cell> _cells = [];

    /// <summary>Creates the aggregator for the measures (in report order) and the configured clinics (none: those seen).</summary>
    public KpiAggregator(IReadOnlyList<string> measureIds, IReadOnlyList<string> clinics, MeasureContext context)
    {
        _measureIds = measureIds;
        _context = context;
        _measures = measureIds.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i, StringComparer.Ordinal);
        _clinicsConfigured = clinics.Count > 0;
        foreach (var clinic in clinics)
        {
            ClinicIndex(clinic);
        }
    }

    /// <summary>Adds every unit of one patient.</summary>
    public void Add(Patient patient, IReadOnlyList<UnitResult> units)
    {
        Span<int> fixedValues = stackalloc int[Strata.Names.Count - 1];
        var computed = false;
        Month ageMonth = default;
        var ageValue = -1;
        foreach (var unit in units)
        {
            if (unit.Excluded || !unit.InDenominator)
            {
                continue;
            }

            if (!computed)
            {
                var strata = Strata.Of(patient, unit.Period);
                for (var i = 1; i < strata.Length; i++)
                {
                    fixedValues[i - 1] = ValueIndex(i, strata[i]);
                }

                computed = true;
            }

            if (ageValue < 0 || unit.Period != ageMonth)
            {
                ageMonth = unit.Period;
                ageValue = ValueIndex(0, Strata.AgeBand(patient.AgeAt(unit.Period.End)));
            }

            var measure = _measures[unit.MeasureId];
            var month = (unit.Period.Start.Year * 12) + unit.Period.Start.Month;
            foreach (var clinic in new[] { ClinicIndex(unit.ClinicId), 0 })
            {
                AddTo(Key(measure, clinic, month, -1), unit);
                AddTo(Key(measure, clinic, month, ageValue), unit);
                foreach (var value in fixedValues)
                {
                    AddTo(Key(measure, clinic, month, value), unit);
                }
            }
        }
    }

    /// <summary>
    /// Every row: for the stratum <c>all</c>, one per measure, clinic (configured ones, else those
    /// seen, in ordinal order) and <c>ALL</c> last, and reported month, zero denominators included;
    /// for the other strata, the cells that have units.
    /// </summary>
    public IEnumerable<KpiRow> Rows()
    {
        var clinics = (_clinicsConfigured ? _clinics.Skip(1) : _clinics.Skip(1).Order(StringComparer.Ordinal)).Append(KpiRow.Network).ToList();

        foreach (var (measure, m) in _measureIds.Select((id, i) => (id, i)))
        {
            foreach (var clinic in clinics)
            {
                var c = _clinicIndex[clinic];
                foreach (var month in _context.Months)
                {
                    yield return Row(measure, clinic, month, KpiRow.AllStratum, KpiRow.AllStratum, Key(m, c, MonthNumber(month), -1));
                }
            }
        }

        foreach (var (measure, m) in _measureIds.Select((id, i) => (id, i)))
        {
            foreach (var clinic in clinics)
            {
                var c = _clinicIndex[clinic];
                foreach (var month in _context.Months)
                {
                    foreach (var v in Enumerable.Range(0, _values.Count)
                        .OrderBy(v => _values[v].Stratum).ThenBy(v => _values[v].Value, StringComparer.Ordinal))
                    {
                        var key = Key(m, c, MonthNumber(month), v);
                        if (_cells.ContainsKey(key))
                        {
                            yield return Row(measure, clinic, month, Strata.Names[_values[v].Stratum], _values[v].Value, key);
                        }
                    }
                }
            }
        }
    }

    private KpiRow Row(string measure, string clinic, Month month, string stratum, string value, long key)
    {
        var cell = _cells.GetValueOrDefault(key);
        return new KpiRow(measure, clinic, month, stratum, value, cell?.Numerator ?? 0, cell?.Denominator ?? 0, cell?.Pending ?? false, cell?.MedianDays());
    }

    private static int MonthNumber(Month month) => (month.Start.Year * 12) + month.Start.Month;

    /// <summary>measure (8 bits) | clinic (16 bits) | month number (20 bits) | stratum value + 1 (20 bits).</summary>
    private static long Key(int measure, int clinic, int month, int value) =>
        ((long)measure << 56) | ((long)clinic << 40) | ((long)month << 20) | (uint)(value + 1);

    private int ClinicIndex(string clinic)
    {
        if (!_clinicIndex.TryGetValue(clinic, out var index))
        {
            index = _clinics.Count;
            _clinics.Add(clinic);
            _clinicIndex[clinic] = index;
        }

        return index;
    }

    private int ValueIndex(int stratum, string value)
    {
        if (!_valueIndex.TryGetValue((stratum, value), out var index))
        {
            index = _values.Count;
            _values.Add((stratum, value));
            _valueIndex[(stratum, value)] = index;
        }

        return index;
    }

    private void AddTo(long key, UnitResult unit)
    {
        if (!_cells.TryGetValue(key, out var cell))
        {
            cell = new Cell();
            _cells[key] = cell;
        }

        cell.Numerator += unit.NumeratorValue;
        cell.Denominator++;
        cell.Pending |= unit.Pending;
        if (unit.Days is { } days)
        {
            (cell.Days ??= []).Add(days);
        }
    }

    private sealed class Cell
    {
        public double Numerator { get; set; }

        public long Denominator { get; set; }

        public bool Pending { get; set; }

        public List<int>? Days { get; set; }

        public double? MedianDays()
        {
            if (Days is not { Count: > 0 } days)
            {
                return null;
            }

            days.Sort();
            var middle = days.Count / 2;
            return days.Count % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2.0;
        }
    }
}
