namespace QiPipeline.Reports.Suppression;

/// <summary>
/// The counts a report publishes (or that a reader can work out from it, such as denominator minus
/// numerator) and the sums that tie them together. Cells are numbered in the order they are added. A cell is
/// a base count (a clinic's or the network's month) or a pooled count (a sum of base counts over a period),
/// which is shown only when all the base counts it sums are, or a group count (a sum of base counts over
/// several clinics' periods), which is shown when the base counts it sums keep their hidden ones hidden.
/// </summary>
internal sealed class SuppressionTable
{
    private readonly List<double> _values = [];
    private readonly List<bool> _pooled = [];
    private readonly List<bool> _group = [];
    private readonly List<CellRelation> _relations = [];

    public IReadOnlyList<double> Values => _values;

    /// <summary>Per cell: true for a pooled count (a sum over a period), false for a base count.</summary>
    public IReadOnlyList<bool> Pooled => _pooled;

    /// <summary>Per cell: true for a group count (see <see cref="AddGroup"/>).</summary>
    public IReadOnlyList<bool> Group => _group;

    public IReadOnlyList<CellRelation> Relations => _relations;

    /// <summary>Adds a base count and returns its index.</summary>
    public int Add(double value) => Add(value, pooled: false);

    /// <summary>Adds a pooled count (a sum of base counts over a period) and returns its index.</summary>
    public int AddPooled(double value) => Add(value, pooled: true);

    /// <summary>
    /// Adds a group count: a sum of base counts over several clinics' whole periods (the pilot clinics pooled),
    /// related to those base counts directly. It takes no part in the months' suppression.
    /// </summary>
    public int AddGroup(double value) => Add(value, pooled: false, group: true);

    /// <summary>States that cell <paramref name="total"/> is the sum of <paramref name="parts"/>.</summary>
    public void Relate(int total, IReadOnlyList<int> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        foreach (var cell in parts.Append(total))
        {
            ArgumentOutOfRangeException.ThrowIfNegative(cell);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(cell, _values.Count);
        }

        if (parts.Count > 0)
        {
            _relations.Add(new CellRelation(total, parts.ToArray()));
        }
    }

    private int Add(double value, bool pooled, bool group = false)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a count is a finite number of 0 or more");
        }

        _values.Add(value);
        _pooled.Add(pooled);
        _group.Add(group);
        return _values.Count - 1;
    }
}
