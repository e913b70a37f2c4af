namespace QiPipeline.Metrics.Spc;

/// <summary>
/// Computes run and control charts with their phases and signals, to the formulas of Montgomery and
/// qicharts2 (see <c>docs/spc.md</c>). Pure: no I/O, no state.
/// </summary>
public static class SpcCalculator
{
    /// <summary>Computes a chart.</summary>
    /// <param name="type">The chart.</param>
    /// <param name="observations">The series, in time order.</param>
    /// <param name="options">Freeze, parts, exclusions, moving range screening; none by default.</param>
    /// <exception cref="ArgumentException">
    /// A value the chart cannot take (a denominator of 0, more events than the denominator, a negative
    /// count, a value that is not a number), or phases that do not fit the series. The message names the
    /// point, numbered from 1.
    /// </exception>
    public static SpcChart Compute(ChartType type, IReadOnlyList<SpcObservation> observations, SpcOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        options ??= SpcOptions.None;
        ObservationRules.Check(type, observations);
        var plan = PhasePlan.Create(observations.Count, options);
        var values = PlottedValues(type, observations, plan);

        var points = new List<SpcPoint>(observations.Count);
        var parts = new List<SpcPart>(plan.Parts.Count);
        foreach (var (first, last) in plan.Parts)
        {
            var number = parts.Count + 1;
            var data = new PartData(observations, values, plan.Baseline, first, last, options.ScreenMovingRanges);
            if (!data.BaselineIndices.Any())
            {
                throw new ArgumentException($"part {number} (points {first + 1} to {last + 1}) has no point left for its centre line: every one is excluded");
            }

            var limits = ChartLimits.Compute(type, data);
            foreach (var i in data.Indices)
            {
                var (sigma, lower, upper) = limits.Points[i - first];
                var value = values[i];
                points.Add(new SpcPoint(
                    i, number, value, limits.Centre, lower, upper, sigma, plan.Excluded[i], plan.Baseline[i],
                    value > upper || value < lower));
            }

            var runs = type == ChartType.MovingRange
                ? null
                : AnhojRules.Analyse(data.Indices.Where(i => !plan.Excluded[i]).Select(i => CentreLine.Side(values[i], limits.Centre)));
            parts.Add(new SpcPart(number, first, last, runs));
        }

        return new SpcChart(type, points, parts);
    }

    /// <summary>What the chart plots: proportions and rates divided out; moving ranges within each part.</summary>
    private static List<double> PlottedValues(ChartType type, IReadOnlyList<SpcObservation> observations, PhasePlan plan)
    {
        switch (type)
        {
            case ChartType.P or ChartType.U or ChartType.PPrime or ChartType.UPrime:
                return observations.Select(o => o.Value / o.Denominator).ToList();
            case ChartType.MovingRange:
                var ranges = Enumerable.Repeat(double.NaN, observations.Count).ToList();
                foreach (var (first, last) in plan.Parts)
                {
                    for (var i = first + 1; i <= last; i++)
                    {
                        ranges[i] = Math.Abs(observations[i].Value - observations[i - 1].Value);
                    }
                }

                return ranges;
            default:
                return observations.Select(o => o.Value).ToList();
        }
    }
}
