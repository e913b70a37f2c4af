using QiPipeline.Metrics.Spc;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Monthly;
using QiPipeline.Reports.Tests.Support;

namespace QiPipeline.Reports.Tests.Monthly;

public sealed class SeriesAnalyzerTests
{
    private static readonly Month First = new(2024, 1);
    private static readonly ReportClinic Comparison = new("E1", "East", Pilot: false, GoLive: null);

    [Theory]
    [InlineData("depression_screening", 100, 24, ChartType.P)]
    [InlineData("depression_screening", 1500, 24, ChartType.PPrime)]
    [InlineData("ed_visits", 400, 24, ChartType.U)]
    [InlineData("depression_screening", 100, 11, ChartType.Run)]
    public void Analyse_Series_ChoosesTheChartOfDocsSpc(string measure, long denominator, int months, ChartType expected)
    {
        var numerators = Enumerable.Range(0, months).Select(i => (double)(denominator / 4) + (i % 3)).ToArray();

        var series = SeriesAnalyzer.Analyse(MeasureDisplay.For(measure), Comparison, Rows.Series(measure, "E1", First, denominator, numerators));

        Assert.Equal(expected, series.Chart!.Type);
    }

    [Fact]
    public void Analyse_GoLiveWithShortCurrentPart_RunChartInTwoParts()
    {
        var pilot = new ReportClinic("N1", "North", Pilot: true, new DateOnly(2024, 7, 1));
        var numerators = Enumerable.Range(0, 14).Select(i => (double)(i < 6 ? 30 : 50)).ToArray();

        var series = SeriesAnalyzer.Analyse(MeasureDisplay.For("depression_screening"), pilot, Rows.Series("depression_screening", "N1", First, 100, numerators));

        Assert.Equal(ChartType.Run, series.Chart!.Type);
        Assert.Equal(2, series.Chart.Parts.Count);
        Assert.Equal(6, series.Chart.Parts[1].First);
    }

    [Fact]
    public void Analyse_PendingMonths_AreLeftOutOfTheLimitsButPlotted()
    {
        var numerators = Enumerable.Range(0, 24).Select(i => i == 23 ? 5.0 : 25 + (i % 3)).ToArray();

        var series = SeriesAnalyzer.Analyse(MeasureDisplay.For("depression_screening"), Comparison, Rows.Series("depression_screening", "E1", First, 100, numerators, pendingLast: 1));

        Assert.True(series.Chart!.Points[23].Excluded);
        Assert.False(series.Chart.Points[22].Excluded);
    }
}
