namespace QiPipeline.Metrics.Spc;

/// <summary>
/// The NHS England "Making Data Count" rules and icons, as NHSRplotthedots applies them: a point outside
/// the limits; 7 points in a row on one side of the mean (shift); 7 points in a row each higher, or each
/// lower, than the last (trend); 2 of 3 points in a row close to a limit on the same side. Rules are
/// applied per part (a part is a rebase) to every point of it, excluded ones included. A special cause
/// point is an improvement or a concern by the side of the mean it is on, as NHSRplotthedots judges it;
/// a point on the mean counts as a concern.
/// </summary>
public static class MakingDataCount
{
    /// <summary>Points in a row for a shift or a trend.</summary>
    public const int RunLength = 7;

    /// <summary>Reads a computed chart.</summary>
    /// <param name="chart">Any chart; the rules needing limits do not fire on a run chart.</param>
    /// <param name="direction">Which way the measure improves.</param>
    /// <param name="target">The target, for the assurance icon; null for none.</param>
    public static MdcSummary Evaluate(SpcChart chart, ImprovementDirection direction, double? target = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var points = new List<MdcPoint>(chart.Points.Count);
        foreach (var part in chart.Parts)
        {
            points.AddRange(EvaluatePart(chart.Points.Skip(part.First).Take(part.Last - part.First + 1).ToList(), direction));
        }

        var last = chart.Points[^1];
        return new MdcSummary(points, points[^1].Variation, AssuranceOf(last, direction, target));
    }

    private static List<MdcPoint> EvaluatePart(List<SpcPoint> points, ImprovementDirection direction)
    {
        var sides = points.Select(p => p.Centre is { } c ? CentreLine.Side(p.Value, c) : 0).ToArray();
        var shift = FlagRuns(points.Count, i => sides[i], sides.Select((s, i) => s != 0).ToArray(), RunLength);
        var steps = points.Select((p, i) => i == 0 ? 0 : Step(points[i - 1].Value, p.Value)).ToArray();

        // A trend of 7 points is 6 steps the same way; the first point of the trend has no step of its own.
        var trendSteps = FlagRuns(points.Count, i => steps[i], steps.Select(s => s != 0).ToArray(), RunLength - 1);
        var trend = new bool[points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            trend[i] = trendSteps[i] || (i + 1 < points.Count && trendSteps[i + 1]);
        }

        var close = points.Select(IsCloseToLimit).ToArray();
        var twoOfThree = new bool[points.Count];
        for (var start = 0; start + 2 < points.Count; start++)
        {
            var window = Enumerable.Range(start, 3).ToList();
            if (sides[start] == 0 || !window.All(i => sides[i] == sides[start]) || window.Count(i => close[i]) < 2)
            {
                continue;
            }

            foreach (var i in window.Where(i => close[i]))
            {
                twoOfThree[i] = true;
            }
        }

        return points.Select((p, i) =>
        {
            var special = p.SigmaSignal || shift[i] || trend[i] || twoOfThree[i];
            return new MdcPoint(p.Index, p.SigmaSignal, shift[i], trend[i], twoOfThree[i], special ? Classify(sides[i], direction) : Variation.CommonCause);
        }).ToList();
    }

    /// <summary>Marks every member of a run of at least <paramref name="length"/> equal, counted keys.</summary>
    private static bool[] FlagRuns(int count, Func<int, int> key, bool[] counts, int length)
    {
        var flags = new bool[count];
        var start = 0;
        for (var i = 1; i <= count; i++)
        {
            if (i < count && counts[i] && counts[start] && key(i) == key(start))
            {
                continue;
            }

            if (counts[start] && i - start >= length)
            {
                Array.Fill(flags, true, start, i - start);
            }

            start = i;
        }

        return flags;
    }

    private static int Step(double previous, double current) =>
        double.IsNaN(previous) || double.IsNaN(current) ? 0 : Math.Sign(current - previous);

    /// <summary>Beyond 2 sigma (two thirds of the way to a 3-sigma limit) but not beyond the limit.</summary>
    private static bool IsCloseToLimit(SpcPoint point) =>
        !point.SigmaSignal && point is { Centre: { } centre, Sigma: { } sigma }
        && (point.Value > centre + (2 * sigma) || point.Value < centre - (2 * sigma));

    private static Variation Classify(int side, ImprovementDirection direction) => direction switch
    {
        ImprovementDirection.Neutral => side > 0 ? Variation.NeutralHigh : Variation.NeutralLow,
        ImprovementDirection.Increase => side > 0 ? Variation.Improvement : Variation.Concern,
        _ => side < 0 ? Variation.Improvement : Variation.Concern,
    };

    private static Assurance AssuranceOf(SpcPoint last, ImprovementDirection direction, double? target)
    {
        if (target is not { } t || direction == ImprovementDirection.Neutral || (last.Lower is null && last.Upper is null))
        {
            return Assurance.NotApplicable;
        }

        var higherIsBetter = direction == ImprovementDirection.Increase;
        if (t > last.Upper)
        {
            return higherIsBetter ? Assurance.Fail : Assurance.Pass;
        }

        if (t < last.Lower)
        {
            return higherIsBetter ? Assurance.Pass : Assurance.Fail;
        }

        return Assurance.Inconsistent;
    }
}
