namespace QiPipeline.Reports.Suppression;

/// <summary>
/// Small-cell suppression as the value report applies it (issue 5): primary suppression hides every count
/// above 0 and below the minimum cell size; complementary suppression then makes sure no hidden count is
/// the only hidden member of a sum, so a total minus the shown cells never gives it away. While some
/// relation has exactly one hidden member, the smallest shown non-zero part of it is hidden too (a zero
/// would protect nothing); when there is none, the total is hidden. This repeats until every relation has
/// no hidden member or at least two. Pure: the same table gives the same answer.
/// </summary>
internal static class SmallCellSuppressor
{
    /// <summary>Which cells of <paramref name="table"/> to hide, by index.</summary>
    /// <param name="table">The counts and their sums.</param>
    /// <param name="minCellSize">The smallest count that may be shown (11 by default: 1 to 10 are hidden).</param>
    public static bool[] Suppress(SuppressionTable table, int minCellSize)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentOutOfRangeException.ThrowIfNegative(minCellSize);
        var hidden = table.Values.Select(v => v > 0 && v < minCellSize).ToArray();
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var relation in table.Relations)
            {
                if (relation.Members.Count(m => hidden[m]) == 1)
                {
                    hidden[Complement(table, relation, hidden)] = true;
                    changed = true;
                }
            }
        }

        return hidden;
    }

    private static int Complement(SuppressionTable table, CellRelation relation, bool[] hidden)
    {
        var shown = relation.Parts.Where(p => !hidden[p]).ToList();
        var nonZero = shown.Where(p => table.Values[p] > 0).ToList();
        if (nonZero.Count > 0)
        {
            return nonZero.MinBy(p => table.Values[p]);
        }

        // Only zeros are left among the parts: hide the total when shown, else a zero part (the hidden
        // member is then the total itself, and a total of hidden zeros and one count protects nothing more).
        return !hidden[relation.Total] ? relation.Total : shown[0];
    }
}
