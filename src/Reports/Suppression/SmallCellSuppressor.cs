namespace QiPipeline.Reports.Suppression;

/// <summary>
/// Small-cell suppression as the value report applies it (issues 5 and 15). Primary suppression hides every
/// count above 0 and below the minimum cell size. Complementary suppression then works on the base counts
/// (months): while a sum of base counts has exactly one hidden member, or its total is shown and its hidden
/// parts are all small counts at (nearly) their largest possible values (two hidden counts of 10 under a
/// shown total: each is 10), the smallest shown non-zero part is hidden too (a zero would protect nothing),
/// else the total. Each month's sums involve only that month, so a month is suppressed the same way in every
/// release that shows it. A pooled count (a period's sum of months) is shown only when every month it sums
/// is shown, so it adds nothing to what the months tell, in one release or across releases. A group count
/// (several clinics' periods pooled) is decided last, from the months' final suppression: it is shown only
/// when it is not small and follows from what is shown (its hidden months fall into shown monthly totals
/// whose hidden parts all belong to the group), so it adds no information, in one release or across
/// releases; of a group's numerator, denominator and rest, when two are shown the third follows and is shown
/// too, unless it is small. It changes no month, so the months are suppressed the same way with
/// or without groups.
/// Pure: the same table gives the same answer.
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
        var baseRelations = table.Relations.Where(r => r.Members.All(m => !table.Pooled[m] && !table.Group[m])).ToList();
        var small = hidden.ToArray();
        Protect(table, hidden, small, minCellSize, baseRelations);

        // A pooled count is shown only when every base count it sums is shown: it then tells nothing the months
        // do not, so the pooled periods add no relation an attacker could combine with the months' sums.
        var known = new bool[hidden.Length];
        foreach (var relation in table.Relations.Where(r => table.Pooled[r.Total] && r.Parts.All(p => !table.Pooled[p] && !hidden[p])))
        {
            known[relation.Total] = true;
        }

        for (var cell = 0; cell < hidden.Length; cell++)
        {
            if (table.Pooled[cell] && !known[cell])
            {
                hidden[cell] = true;
            }
        }

        HideGroups(table, hidden, minCellSize);
        return hidden;
    }

    private static void HideGroups(SuppressionTable table, bool[] hidden, int minCellSize)
    {
        var baseRelations = table.Relations.Where(r => r.Members.All(m => !table.Pooled[m] && !table.Group[m])).ToList();
        foreach (var relation in table.Relations.Where(r => table.Group[r.Total] && r.Parts.All(p => !table.Group[p])))
        {
            if (!hidden[relation.Total] && !Implied(relation, baseRelations, hidden))
            {
                hidden[relation.Total] = true;
            }
        }

        // Group cells tied among themselves (denominator = numerator + rest): two shown give the third, which
        // is then shown too unless it is small (then all are hidden, to be safe).
        foreach (var relation in table.Relations.Where(r => r.Members.All(m => table.Group[m])))
        {
            var members = relation.Members.ToList();
            if (members.Count(m => hidden[m]) == 1)
            {
                var cell = members.Single(m => hidden[m]);
                var small = table.Values[cell] > 0 && table.Values[cell] < minCellSize;
                foreach (var member in members)
                {
                    hidden[member] = small;
                }
            }
        }
    }

    /// <summary>
    /// True when the group's total follows from counts already shown: its hidden parts fall into shown sums
    /// (a month's network total) whose hidden parts are all in the group, each sum's hidden parts apart from the
    /// others'. The group is then those totals less the shown cells, so showing it tells nothing new.
    /// </summary>
    private static bool Implied(CellRelation group, List<CellRelation> baseRelations, bool[] hidden)
    {
        var parts = group.Parts.ToHashSet();
        var missing = parts.Where(p => hidden[p]).ToHashSet();
        var covered = new HashSet<int>();
        foreach (var cell in missing)
        {
            if (covered.Contains(cell))
            {
                continue;
            }

            var sum = baseRelations.FirstOrDefault(r => !hidden[r.Total] && r.Parts.Contains(cell) && r.Parts.Where(p => hidden[p]).All(parts.Contains));
            if (sum is null)
            {
                return false;
            }

            foreach (var part in sum.Parts.Where(p => hidden[p]))
            {
                if (!covered.Add(part))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static void Protect(SuppressionTable table, bool[] hidden, bool[] small, int minCellSize, IReadOnlyList<CellRelation> relations)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var relation in relations)
            {
                if (Exposed(table, relation, hidden, small, minCellSize) && Complement(table, relation, hidden) is var cell and >= 0)
                {
                    hidden[cell] = true;
                    changed = true;
                }
            }
        }
    }

    /// <summary>
    /// True when the relation gives a hidden member away: it is the only hidden one, or the total is shown and
    /// the hidden parts are all small counts adding up to (nearly) the most they could be (two hidden counts of
    /// 10 under a shown total: each is 10, since a small count is at most 10).
    /// </summary>
    private static bool Exposed(SuppressionTable table, CellRelation relation, bool[] hidden, bool[] small, int minCellSize)
    {
        var count = relation.Members.Count(m => hidden[m]);
        if (count == 1)
        {
            return true;
        }

        if (count == 0 || hidden[relation.Total])
        {
            return false;
        }

        var parts = relation.Parts.Where(p => hidden[p]).ToList();
        return parts.All(p => small[p]) && ((minCellSize - 1) * (double)parts.Count) - parts.Sum(p => table.Values[p]) < 1;
    }

    /// <summary>The cell to hide next to the relation's one hidden member, or -1 when no candidate is left.</summary>
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
        if (!hidden[relation.Total])
        {
            return relation.Total;
        }

        return shown.Count > 0 ? shown[0] : -1;
    }
}
