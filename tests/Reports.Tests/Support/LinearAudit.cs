using Google.OrTools.LinearSolver;

namespace QiPipeline.Reports.Tests.Support;

/// <summary>
/// What an attacker can work out from published counts, by linear programming (GLOP): every count is a
/// variable; a shown count is fixed; a suppressed one lies between 0 and the upper bound its marker states;
/// the sums a reader knows are equalities. For each suppressed count the smallest and largest feasible value
/// is computed; a range narrower than one value discloses the count. The LP relaxation is enough: an integer
/// range is never wider than the relaxed one, so a relaxed range under one value is a real disclosure, and a
/// wider one is what the issue asks to hold.
/// </summary>
internal sealed class LinearAudit
{
    private readonly Dictionary<string, (double Low, double High)> _bounds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _hidden = new(StringComparer.Ordinal);
    private readonly HashSet<string> _shown = new(StringComparer.Ordinal);
    private readonly List<(string Total, IReadOnlyList<string> Parts)> _sums = [];
    private readonly List<(string Total, IReadOnlyList<string> Parts)> _distinct = [];

    /// <summary>A count published as a number (in any release): fixed.</summary>
    public void Shown(string key, double value)
    {
        _shown.Add(key);
        _bounds[key] = (value, value);
    }

    /// <summary>A suppressed count: between 0 and <paramref name="high"/> unless shown elsewhere.</summary>
    public void Hidden(string key, double high)
    {
        if (_shown.Contains(key))
        {
            return;
        }

        _hidden.Add(key);
        var (low, oldHigh) = _bounds.TryGetValue(key, out var b) ? b : (0, double.PositiveInfinity);
        _bounds[key] = (low, Math.Min(oldHigh, high));
    }

    /// <summary>A count nobody publishes but that takes part in a sum (a month outside the workbook, a difference).</summary>
    public void Unknown(string key) => _bounds.TryAdd(key, (0, double.PositiveInfinity));

    public void Sum(string total, IReadOnlyList<string> parts)
    {
        Unknown(total);
        foreach (var part in parts)
        {
            Unknown(part);
        }

        _sums.Add((total, parts));
    }

    /// <summary>
    /// A count of distinct patients over parts that may share patients (the network row of a screening
    /// measure): at least each part, at most their sum.
    /// </summary>
    public void Distinct(string total, IReadOnlyList<string> parts)
    {
        Unknown(total);
        foreach (var part in parts)
        {
            Unknown(part);
        }

        _distinct.Add((total, parts));
    }

    public IReadOnlyCollection<string> HiddenKeys => _hidden.Where(h => !_shown.Contains(h)).ToList();

    /// <summary>
    /// Each suppressed count whose feasible range is narrower than one value, with the range. When the markers
    /// contradict the sums (a count shown as small is not), that is reported, and the audit is repeated
    /// without the markers' upper bounds, so the disclosures by the sums alone are listed too.
    /// </summary>
    public IReadOnlyList<string> Disclosures()
    {
        var found = Disclosures(bounded: true);
        return found is ["infeasible"] ? ["the markers contradict the shown totals", .. Disclosures(bounded: false)] : found;
    }

    private List<string> Disclosures(bool bounded)
    {
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available");
        var variables = _bounds.ToDictionary(
            b => b.Key,
            b => solver.MakeNumVar(b.Value.Low, bounded || b.Value.Low == b.Value.High ? b.Value.High : double.PositiveInfinity, b.Key),
            StringComparer.Ordinal);
        foreach (var (total, parts) in _sums)
        {
            var constraint = solver.MakeConstraint(0, 0);
            constraint.SetCoefficient(variables[total], 1);
            foreach (var group in parts.GroupBy(p => p, StringComparer.Ordinal))
            {
                constraint.SetCoefficient(variables[group.Key], -group.Count());
            }
        }

        foreach (var (total, parts) in _distinct)
        {
            var atMost = solver.MakeConstraint(double.NegativeInfinity, 0);
            atMost.SetCoefficient(variables[total], 1);
            foreach (var part in parts)
            {
                atMost.SetCoefficient(variables[part], -1);
                var atLeast = solver.MakeConstraint(0, double.PositiveInfinity);
                atLeast.SetCoefficient(variables[total], 1);
                atLeast.SetCoefficient(variables[part], -1);
            }
        }

        var found = new List<string>();
        foreach (var key in HiddenKeys.Order(StringComparer.Ordinal))
        {
            var low = Optimise(solver, variables[key], maximise: false);
            var high = Optimise(solver, variables[key], maximise: true);
            if (low is null || high is null)
            {
                return ["infeasible"];
            }

            if (high.Value - low.Value < 1 - 1e-6)
            {
                found.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{key}: {low:0.###}..{high:0.###}"));
            }
        }

        return found;
    }

    private static double? Optimise(Solver solver, Variable variable, bool maximise)
    {
        var objective = solver.Objective();
        objective.Clear();
        objective.SetCoefficient(variable, 1);
        if (maximise)
        {
            objective.SetMaximization();
        }
        else
        {
            objective.SetMinimization();
        }

        return solver.Solve() switch
        {
            Solver.ResultStatus.OPTIMAL => objective.Value(),
            Solver.ResultStatus.UNBOUNDED => maximise ? double.PositiveInfinity : double.NegativeInfinity,
            _ => null,
        };
    }
}
