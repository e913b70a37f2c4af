using System.Globalization;

namespace QiPipeline.Metrics.Spc;

/// <summary>What each chart accepts: the checks the command line also makes, with its own file and line.</summary>
internal static class ObservationRules
{
    public static bool NeedsDenominator(ChartType type) => type is ChartType.P or ChartType.U or ChartType.PPrime or ChartType.UPrime;

    /// <summary>Why a point cannot go on the chart, or null when it can.</summary>
    public static ObservationProblem? Problem(ChartType type, SpcObservation observation)
    {
        var (value, denominator) = observation;
        if (!double.IsFinite(value))
        {
            return new(false, "the value is not a finite number");
        }

        var isCount = type is not (ChartType.Run or ChartType.Individuals or ChartType.MovingRange);
        if (isCount && value < 0)
        {
            return new(false, $"a count cannot be negative ({Number(value)})");
        }

        if (!NeedsDenominator(type))
        {
            return null;
        }

        if (!double.IsFinite(denominator) || denominator <= 0)
        {
            return new(true, $"the denominator must be greater than 0, not {Number(denominator)}");
        }

        return type is ChartType.P or ChartType.PPrime && value > denominator
            ? new(false, $"{Number(value)} events out of {Number(denominator)}: a proportion cannot exceed 1")
            : null;
    }

    public static void Check(ChartType type, IReadOnlyList<SpcObservation> observations)
    {
        for (var i = 0; i < observations.Count; i++)
        {
            if (Problem(type, observations[i]) is { } problem)
            {
                throw new ArgumentException($"point {i + 1}: {problem.Message}");
            }
        }
    }

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
