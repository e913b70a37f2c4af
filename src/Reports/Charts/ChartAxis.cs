using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Charts;

/// <summary>
/// The x axis of a chart: month i of the series is at x = i, a date falls within its month's unit
/// (the first day at i - 0.5), so a go-live on the 1st draws between two months.
/// </summary>
internal sealed class ChartAxis(Month first, int months)
{
    public const double Min = -0.6;

    public double Max => months - 0.4;

    public double X(DateOnly date)
    {
        var index = ((date.Year - first.Start.Year) * 12) + date.Month - first.Start.Month;
        var fraction = (date.Day - 1) / (double)DateTime.DaysInMonth(date.Year, date.Month);
        return Math.Clamp(index - 0.5 + fraction, Min, Max);
    }

    /// <summary>The tick of every third month (every month for short series), labelled YYYY-MM.</summary>
    public (double[] Positions, string[] Labels) Ticks()
    {
        var step = months <= 12 ? 1 : 3;
        var indices = Enumerable.Range(0, months).Where(i => i % step == 0).ToArray();
        return (indices.Select(i => (double)i).ToArray(), indices.Select(i => first.Plus(i).ToString()).ToArray());
    }
}
