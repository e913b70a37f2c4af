namespace QiPipeline.Reports.Suppression;

/// <summary>A published total and the cells it adds up: total = sum of parts.</summary>
/// <param name="Total">The cell index of the total.</param>
/// <param name="Parts">The cell indexes of the parts.</param>
internal sealed record CellRelation(int Total, IReadOnlyList<int> Parts)
{
    /// <summary>The total, then the parts.</summary>
    public IEnumerable<int> Members => Parts.Prepend(Total);
}
