namespace QiPipeline.Reports.Suppression;

/// <summary>
/// The counts a report publishes (or that a reader can work out from it, such as denominator minus
/// numerator) and the sums that tie them together. Cells are numbered in the order they are added.
/// </summary>
internal sealed class SuppressionTable
{
    private readonly List<double> _values = [];
    private readonly List<CellRelation> _relations = [];

    public IReadOnlyList<double> Values => _values;

    public IReadOnlyList<CellRelation> Relations => _relations;

    /// <summary>Adds a count and returns its index.</summary>
    public int Add(double value)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a count is a finite number of 0 or more");
        }

        _values.Add(value);
        return _values.Count - 1;
    }

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
}
