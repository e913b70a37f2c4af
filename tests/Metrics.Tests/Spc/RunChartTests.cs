using QiPipeline.Metrics.Spc;

namespace QiPipeline.Metrics.Tests.Spc;

/// <summary>Run charts: the median and the Anhøj rules, no limits.</summary>
public sealed class RunChartTests
{
    [Fact]
    public void Compute_EvenCount_CentreIsTheMeanOfTheMiddleTwoAndThereAreNoLimits()
    {
        var chart = SpcCalculator.Compute(ChartType.Run, Textbook.Values([4, 1, 3, 2]));

        Assert.All(chart.Points, p => Assert.Equal(2.5, p.Centre));
        Assert.All(chart.Points, p => Assert.Null(p.Upper));
        Assert.DoesNotContain(chart.Points, p => p.SigmaSignal);
    }

    [Fact]
    public void Compute_OddCount_PointsOnTheMedianAreNotUseful()
    {
        var chart = SpcCalculator.Compute(ChartType.Run, Textbook.Values([1, 5, 3, 5, 1]));

        // Sides without the point on the median: below, above, above, below. 4 useful observations allow a run
        // of round(log2(4) + 3) = 5; P(X = 0) = 1/8 for Binomial(3, 0.5), so the crossings limit is 0.
        Assert.Equal(3, chart.Points[0].Centre);
        Assert.Equal(new RunsAnalysis(4, 2, 5, 2, 0), chart.Parts[0].Runs);
    }
}
