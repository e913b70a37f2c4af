using QiPipeline.Metrics.Spc;

namespace QiPipeline.Metrics.Tests.Spc;

/// <summary>The u chart against Montgomery's personal computer example.</summary>
public sealed class UChartTests
{
    [Fact]
    public void Compute_MontgomeryPersonalComputers_MatchesThePublishedLimits()
    {
        // Montgomery, ISQC, Example 7.4: ū = 1.93 nonconformities per computer, UCL = 3.79, LCL = 0.07; in control.
        var chart = SpcCalculator.Compute(ChartType.U, Textbook.Counts(Textbook.ComputerNonconformities, 5));

        var point = chart.Points[0];
        Assert.Equal(1.93, point.Centre!.Value, 2);
        Assert.Equal(3.79, point.Upper!.Value, 2);
        Assert.Equal(0.07, point.Lower!.Value, 2);
        Assert.DoesNotContain(chart.Points, p => p.SigmaSignal);
    }

    [Fact]
    public void Compute_LowRateSmallDenominator_FloorsTheLowerLimitAtZero()
    {
        var chart = SpcCalculator.Compute(ChartType.U, [new(1, 2), new(0, 2), new(2, 2)]);

        Assert.All(chart.Points, p => Assert.Equal(0, p.Lower));
    }
}
