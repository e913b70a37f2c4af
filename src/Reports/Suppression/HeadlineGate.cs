namespace QiPipeline.Reports.Suppression;

/// <summary>
/// Headlines first (issue 12): shows the marked group counts (the pilot or comparison clinics pooled over a whole
/// before or after period) even where the shown months do not give them, when every hidden count they are tied to
/// can still be read two ways at least one apart. For each hidden count it looks for a witness: a change of hidden
/// counts only (this clinic-month up, another down in the same month, and the reverse in another month of the same
/// group, with each month's rest or denominator following) that keeps every published sum and stays within what the
/// markers allow (0 to the minimum less 1 for a small count, 0 or more for the others). Two tables that differ by a
/// full unit in the count then fit everything shown, so no combination of the sums can pin it: the question the
/// linear-programming audit asks, answered by example. A headline that leaves a hidden count without a witness is
/// hidden again; a hidden pooled count that is not small and has no witness is shown (it follows from what is
/// shown, or showing it is checked like the rest). Suppression of the months is not changed, and a headline's inputs
/// (its complete months, their clinics and suppression) are the same in every release that marks it, so every such
/// release shows the same headlines.
/// </summary>
internal static class HeadlineGate
{
    public static void Apply(SuppressionTable table, bool[] hidden, int minCellSize)
    {
        var candidates = table.Headlines
            .Where(h => h.Any(c => hidden[c]) && h.All(c => !IsSmall(table.Values[c], minCellSize)))
            .ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var roots = Components(table);
        foreach (var component in candidates.GroupBy(h => roots.Find(h[0])))
        {
            var cells = Enumerable.Range(0, hidden.Length).Where(c => roots.Find(c) == component.Key).ToList();
            var inComponent = cells.ToHashSet();
            var search = new WitnessSearch(table, hidden, minCellSize, table.Relations.Where(r => inComponent.Contains(r.Total)).ToList(), cells);
            var before = cells.Where(c => hidden[c]).ToList();

            // Shows the headlines of a set, then every hidden pooled count that is not small and has no witness;
            // false when a count that must stay hidden is left without one.
            bool Holds(List<IReadOnlyList<int>> set)
            {
                foreach (var cell in before)
                {
                    hidden[cell] = true;
                }

                Show(set, hidden);
                search.Reset();
                while (cells.Where(c => hidden[c]).Select(c => (int?)c).FirstOrDefault(c => !search.HasWitness(c!.Value)) is { } exposed)
                {
                    if ((!table.Pooled[exposed] && !table.Group[exposed]) || IsSmall(table.Values[exposed], minCellSize))
                    {
                        return false;
                    }

                    hidden[exposed] = false;
                    search.Reset();
                }

                return true;
            }

            if (!Holds([]))
            {
                // The months alone rely on more than these witnesses show: leave this measure as it was.
                Holds([]);
                foreach (var cell in before)
                {
                    hidden[cell] = true;
                }

                continue;
            }

            // The most headlines that hold: all, else all but one (each in turn), else fewer, dropping the last.
            var shown = component.ToList();
            while (shown.Count > 0 && !Holds(shown))
            {
                var fewer = Enumerable.Range(0, shown.Count).Select(i => shown.Where((_, j) => j != i).ToList()).FirstOrDefault(Holds);
                shown = fewer ?? shown.Take(shown.Count - 1).ToList();
                if (fewer is not null)
                {
                    break;
                }
            }

            if (shown.Count == 0)
            {
                Holds([]);
            }
        }
    }

    private static bool IsSmall(double value, int minCellSize) => value > 0 && value < minCellSize;

    private static void Show(List<IReadOnlyList<int>> headlines, bool[] hidden)
    {
        foreach (var cell in headlines.SelectMany(h => h))
        {
            hidden[cell] = false;
        }
    }

    private static UnionFind Components(SuppressionTable table)
    {
        var roots = new UnionFind(table.Values.Count);
        foreach (var relation in table.Relations)
        {
            foreach (var part in relation.Parts)
            {
                roots.Union(relation.Total, part);
            }
        }

        return roots;
    }

    private sealed class UnionFind(int count)
    {
        private readonly int[] _parent = Enumerable.Range(0, count).ToArray();

        public int Find(int cell)
        {
            while (_parent[cell] != cell)
            {
                _parent[cell] = _parent[_parent[cell]];
                cell = _parent[cell];
            }

            return cell;
        }

        public void Union(int a, int b) => _parent[Find(a)] = Find(b);
    }

    /// <summary>
    /// Witnesses from the null space of the published sums over a component's hidden counts (reduced row echelon
    /// form): each free count gives a change that keeps every sum; a count moved by one with room of at least one
    /// within the bounds has a witness. Counts with little room (zeros, small counts at the largest a marker allows)
    /// are put last, so that they are the free ones and the changes move the others.
    /// </summary>
    private sealed class WitnessSearch(SuppressionTable table, bool[] hidden, int minCellSize, IReadOnlyList<CellRelation> relations, IReadOnlyList<int> cells)
    {
        private const double Epsilon = 1e-9;
        private Dictionary<int, int> _column = [];
        private int[] _cells = [];
        private double[][] _rows = [];
        private int[] _pivots = [];

        /// <summary>Recomputes the null space for the current hidden counts.</summary>
        public void Reset()
        {
            _cells = cells.Where(c => hidden[c]).OrderBy(Tight).ThenBy(c => c).ToArray();
            _column = _cells.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
            var rows = new List<double[]>();
            foreach (var relation in relations)
            {
                var row = new double[_cells.Length];
                var any = false;
                if (_column.TryGetValue(relation.Total, out var total))
                {
                    row[total] += 1;
                    any = true;
                }

                foreach (var part in relation.Parts)
                {
                    if (_column.TryGetValue(part, out var column))
                    {
                        row[column] -= 1;
                        any = true;
                    }
                }

                if (any)
                {
                    rows.Add(row);
                }
            }

            var pivots = new List<int>();
            var rank = 0;
            for (var column = 0; column < _cells.Length && rank < rows.Count; column++)
            {
                var best = rank;
                for (var r = rank + 1; r < rows.Count; r++)
                {
                    if (Math.Abs(rows[r][column]) > Math.Abs(rows[best][column]))
                    {
                        best = r;
                    }
                }

                if (Math.Abs(rows[best][column]) < Epsilon)
                {
                    continue;
                }

                (rows[rank], rows[best]) = (rows[best], rows[rank]);
                var pivot = rows[rank][column];
                for (var c = 0; c < _cells.Length; c++)
                {
                    rows[rank][c] /= pivot;
                }

                for (var r = 0; r < rows.Count; r++)
                {
                    var factor = rows[r][column];
                    if (r == rank || Math.Abs(factor) < Epsilon)
                    {
                        continue;
                    }

                    for (var c = 0; c < _cells.Length; c++)
                    {
                        rows[r][c] -= factor * rows[rank][c];
                    }
                }

                pivots.Add(column);
                rank++;
            }

            _rows = rows.Take(rank).ToArray();
            _pivots = pivots.ToArray();
        }

        public bool HasWitness(int cell)
        {
            var target = _column[cell];
            var row = Array.IndexOf(_pivots, target);
            IEnumerable<int> free = row < 0 ? [target] : Enumerable.Range(0, _cells.Length).Where(c => Array.IndexOf(_pivots, c) < 0 && Math.Abs(_rows[row][c]) > Epsilon);
            foreach (var column in free)
            {
                var change = Change(column);
                if (Math.Abs(change[target]) * Width(change) >= 1 - 1e-6)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The null-space vector of a free column: it moves by one, each pivot by minus its coefficient.</summary>
        private double[] Change(int free)
        {
            var change = new double[_cells.Length];
            change[free] = 1;
            for (var r = 0; r < _rows.Length; r++)
            {
                change[_pivots[r]] = -_rows[r][free];
            }

            return change;
        }

        /// <summary>How far the change can go forward plus back with every count within its bounds.</summary>
        private double Width(double[] change)
        {
            double forward = double.PositiveInfinity, back = double.PositiveInfinity;
            for (var i = 0; i < change.Length; i++)
            {
                if (Math.Abs(change[i]) < Epsilon)
                {
                    continue;
                }

                var value = table.Values[_cells[i]];
                var room = IsSmall(value, minCellSize) ? minCellSize - 1 - value : double.PositiveInfinity;
                var (up, down) = change[i] > 0 ? (room, value) : (value, room);
                forward = Math.Min(forward, up / Math.Abs(change[i]));
                back = Math.Min(back, down / Math.Abs(change[i]));
            }

            return forward + back;
        }

        private int Tight(int cell)
        {
            var value = table.Values[cell];
            return value < 1 || (IsSmall(value, minCellSize) && value > minCellSize - 2) ? 1 : 0;
        }
    }
}
