using QiPipeline.Metrics.Spc;

namespace QiPipeline.Metrics.Tests.Spc;

/// <summary>The p chart against Montgomery's orange juice example.</summary>
public sealed class PChartTests
{
    [Fact]
    public void Compute_MontgomeryOrangeJuice_MatchesThePublishedTrialLimits()
    {
        // Montgomery, ISQC, Example 7.1: p̄ = 0.2313, UCL = 0.4102, LCL = 0.0524; samples 15 and 23 plot above the UCL.
        var chart = SpcCalculator.Compute(ChartType.P, Textbook.Counts(Textbook.OrangeJuiceNonconforming, 50));

        var point = chart.Points[0];
        Assert.Equal(0.2313, point.Centre!.Value, 4);
        Assert.Equal(0.4102, point.Upper!.Value, 4);
        Assert.Equal(0.0524, point.Lower!.Value, 4);
        Assert.Equal([14, 22], chart.Points.Where(p => p.SigmaSignal).Select(p => p.Index));
    }

    [Fact]
    public void Compute_MontgomeryOrangeJuiceWithoutItsAssignableCauses_MatchesThePublishedRevisedLimits()
    {
        // Montgomery, ISQC, Example 7.1 continued: samples 15 (new cardboard) and 23 (new operator) are left out of
        // the limits, which become p̄ = 0.2150, UCL = 0.3893, LCL = 0.0407; sample 21 then plots above the UCL.
        var options = new SpcOptions { Excluded = [14, 22] };

        var chart = SpcCalculator.Compute(ChartType.P, Textbook.Counts(Textbook.OrangeJuiceNonconforming, 50), options);

        var point = chart.Points[0];
        Assert.Equal(0.2150, point.Centre!.Value, 4);
        Assert.Equal(0.3893, point.Upper!.Value, 4);
        Assert.Equal(0.0407, point.Lower!.Value, 4);
        Assert.Equal([14, 20, 22], chart.Points.Where(p => p.SigmaSignal).Select(p => p.Index));
        Assert.True(chart.Points[14].Excluded);
        Assert.False(chart.Points[14].Baseline);
    }

    [Fact]
    public void Compute_VaryingDenominators_NarrowTheLimitsOfTheLargerSamples()
    {
        var observations = new List<SpcObservation> { new(10, 100), new(40, 400), new(25, 100) };

        var chart = SpcCalculator.Compute(ChartType.P, observations);

        Assert.Equal(75.0 / 600, chart.Points[0].Centre);
        Assert.True(chart.Points[1].Upper < chart.Points[0].Upper);
        Assert.Equal(chart.Points[0].Upper, chart.Points[2].Upper);
    }

    [Theory]
    [InlineData(5, 0, "point 2: the denominator must be greater than 0, not 0")]
    [InlineData(12, 10, "point 2: 12 events out of 10: a proportion cannot exceed 1")]
    [InlineData(-1, 10, "point 2: a count cannot be negative (-1)")]
    public void Compute_ImpossibleProportion_ThrowsNamingThePoint(double events, double denominator, string expected)
    {
        var observations = new List<SpcObservation> { new(1, 10), new(events, denominator) };

        var e = Assert.Throws<ArgumentException>(() => SpcCalculator.Compute(ChartType.P, observations));

        Assert.Equal(expected, e.Message);
    }
}
