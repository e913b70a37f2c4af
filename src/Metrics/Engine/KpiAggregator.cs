using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Engine;

/// <summary>
/// Adds units up per measure, clinic, month and stratum. The network row <c>ALL</c> counts every
/// unit once: units are keyed by (patient, unit id), and where one key has units at several
/// clinics in a month, the network unit is in the denominator when any of them is, in the
/// numerator when any of those in the denominator is, and pending when any is (its median days is
/// the median over the network's units, a repeated one counted by its first clinic unit). Only patient-month units (unit id = patient id, such as a screening
/// unit per clinic) can repeat: every other unit is an index record, encounter or survey that
/// belongs to one clinic, so for those the network row is the sum of the clinic rows. A patient's
/// units arrive in one <see cref="Add"/>, so repeats are found with a bit per measure and month,
/// cleared per patient, rather than a lookup per unit. Cells are keyed by small integers, and a
/// patient's strata are worked out once per patient, because this runs for every unit of every
/// patient (tens of millions at a million patients).
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
    private readonly Dictionary<long, CellRow> _rows = [];
    private readonly int _firstMonth;
    private readonly int _monthCount;
    private readonly ulong[] _seen;
    private readonly double[] _seenValue;
    private bool _anySeen;

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

        _firstMonth = MonthNumber(context.From);
        _monthCount = Math.Max(0, MonthNumber(context.To) - _firstMonth + 1);
        _seen = new ulong[((measureIds.Count * _monthCount) + 63) / 64];
        _seenValue = new double[measureIds.Count * _monthCount];
    }

    /// <summary>Adds every unit of one patient (all of them in one call, so the network row can count each once).</summary>
    public void Add(Patient patient, IReadOnlyList<UnitResult> units)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(units);
        if (_anySeen)
        {
            Array.Clear(_seen);
            _anySeen = false;
        }

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
            var month = MonthNumber(unit.Period);
            AddTo(RowOf(measure, ClinicIndex(unit.ClinicId), month), unit, ageValue, fixedValues);
            var network = RowOf(measure, 0, month);
            if (RepeatSlot(unit, measure, month) is not { } slot)
            {
                AddTo(network, unit, ageValue, fixedValues);
            }
            else if ((_seen[slot >> 6] & (1UL << (slot & 63))) == 0)
            {
                _seen[slot >> 6] |= 1UL << (slot & 63);
                _seenValue[slot] = unit.NumeratorValue;
                _anySeen = true;
                AddTo(network, unit, ageValue, fixedValues);
            }
            else
            {
                // The same patient-month at another clinic: one network unit, met when any clinic unit is.
                var more = Math.Max(0, unit.NumeratorValue - _seenValue[slot]);
                _seenValue[slot] += more;
                Merge(network, unit, more, ageValue, fixedValues);
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
                    var row = _rows.GetValueOrDefault(Key(m, c, MonthNumber(month)));
                    yield return Row(measure, clinic, month, KpiRow.AllStratum, KpiRow.AllStratum, row?.All);
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
                    if (_rows.GetValueOrDefault(Key(m, c, MonthNumber(month))) is not { } row)
                    {
                        continue;
                    }

                    foreach (var v in Enumerable.Range(0, _values.Count)
                        .OrderBy(v => _values[v].Stratum).ThenBy(v => _values[v].Value, StringComparer.Ordinal))
                    {
                        if (v < row.ByValue.Length && row.ByValue[v] is { } cell)
                        {
                            yield return Row(measure, clinic, month, Strata.Names[_values[v].Stratum], _values[v].Value, cell);
                        }
                    }
                }
            }
        }
    }

    private static KpiRow Row(string measure, string clinic, Month month, string stratum, string value, Cell? cell) =>
        new(measure, clinic, month, stratum, value, cell?.Numerator ?? 0, cell?.Denominator ?? 0, cell?.Pending ?? false, cell?.MedianDays());

    private static int MonthNumber(Month month) => (month.Start.Year * 12) + month.Start.Month;

    /// <summary>The bit of a patient-month unit (unit id = patient id) in a reported month, else null.</summary>
    private int? RepeatSlot(UnitResult unit, int measure, int month)
    {
        var offset = month - _firstMonth;
        return offset >= 0 && offset < _monthCount && string.Equals(unit.UnitId, unit.PatientId, StringComparison.Ordinal)
            ? (measure * _monthCount) + offset
            : null;
    }

    /// <summary>measure (16 bits) | clinic (24 bits) | month number (24 bits).</summary>
    private static long Key(int measure, int clinic, int month) =>
        ((long)measure << 48) | ((long)clinic << 24) | (uint)month;

    private CellRow RowOf(int measure, int clinic, int month)
    {
        var key = Key(measure, clinic, month);
        if (!_rows.TryGetValue(key, out var row))
        {
            row = new CellRow();
            _rows[key] = row;
        }

        return row;
    }

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

    private static void AddTo(CellRow row, UnitResult unit, int ageValue, ReadOnlySpan<int> fixedValues)
    {
        row.All.Add(unit);
        row.At(ageValue).Add(unit);
        foreach (var value in fixedValues)
        {
            row.At(value).Add(unit);
        }
    }

    private static void Merge(CellRow row, UnitResult unit, double more, int ageValue, ReadOnlySpan<int> fixedValues)
    {
        row.All.Merge(unit, more);
        row.At(ageValue).Merge(unit, more);
        foreach (var value in fixedValues)
        {
            row.At(value).Merge(unit, more);
        }
    }

    /// <summary>The cells of one measure, clinic and month: the whole population and each stratum value.</summary>
    private sealed class CellRow
    {
        public Cell All { get; } = new();

        public Cell?[] ByValue { get; private set; } = new Cell?[16];

        public Cell At(int value)
        {
            if (value >= ByValue.Length)
            {
                var grown = ByValue;
                Array.Resize(ref grown, Math.Max(value + 1, ByValue.Length * 2));
                ByValue = grown;
            }

            return ByValue[value] ??= new Cell();
        }
    }

    private sealed class Cell
    {
        public void Add(UnitResult unit)
        {
            Numerator += unit.NumeratorValue;
            Denominator++;
            Pending |= unit.Pending;
            if (unit.Days is { } days)
            {
                (Days ??= []).Add(days);
            }
        }

        /// <summary>A further clinic unit of a unit already counted: adds what it adds beyond it, and its pending.</summary>
        public void Merge(UnitResult unit, double more)
        {
            Numerator += more;
            Pending |= unit.Pending;
        }

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
