using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Monthly;

namespace QiPipeline.Reports.Charts;

/// <summary>
/// The x axis of a chart: point i of the series (a month, or a quarter) is at x = i, a date falls within its
/// point's unit (the first day of the point's period at i - 0.5), so a go-live on the 1st draws between two points.
/// </summary>
internal sealed class ChartAxis(Month first, int points, bool quarterly = false)
{
    public const double Min = -0.6;

    public double Max => points - 0.4;

    private int MonthsPerPoint => quarterly ? 3 : 1;

    public double X(DateOnly date)
    {
        var months = ((date.Year - first.Start.Year) * 12) + date.Month - first.Start.Month;
        var fraction = (date.Day - 1) / (double)DateTime.DaysInMonth(date.Year, date.Month);
        return Math.Clamp(((months + fraction) / MonthsPerPoint) - 0.5, Min, Max);
    }

    /// <summary>The tick of every point of a short series, every third (month) or second (quarter) of a long one.</summary>
    public (double[] Positions, string[] Labels) Ticks()
    {
        var step = points <= 12 ? 1 : quarterly ? 2 : 3;
        var indices = Enumerable.Range(0, points).Where(i => i % step == 0).ToArray();
        return (indices.Select(i => (double)i).ToArray(), indices.Select(i => ClinicSeries.Label(first.Plus(i * MonthsPerPoint), quarterly)).ToArray());
    }
}
