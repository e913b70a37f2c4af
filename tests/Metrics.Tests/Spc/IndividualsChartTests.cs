using QiPipeline.Metrics.Spc;

namespace QiPipeline.Metrics.Tests.Spc;

/// <summary>The I and MR charts against the NIST/SEMATECH e-Handbook example.</summary>
public sealed class IndividualsChartTests
{
    [Fact]
    public void Compute_NistFlowRate_MatchesThePublishedLimits()
    {
        // NIST/SEMATECH e-Handbook 6.3.2.2: x̄ = 50.81, UCL = 55.8041, LCL = 45.8159 (sigma = MR̄ / 1.128).
        var chart = SpcCalculator.Compute(ChartType.Individuals, Textbook.Values(Textbook.NistFlowRate));

        var point = chart.Points[0];
        Assert.Equal(50.81, point.Centre!.Value, 4);
        Assert.Equal(55.8041, point.Upper!.Value, 4);
        Assert.Equal(45.8159, point.Lower!.Value, 4);
        Assert.DoesNotContain(chart.Points, p => p.SigmaSignal);
    }

    [Fact]
    public void Compute_NistFlowRateMovingRanges_CentreIsThePublishedMeanMovingRange()
    {
        // NIST/SEMATECH e-Handbook 6.3.2.2: MR̄ = 1.8778.
        var chart = SpcCalculator.Compute(ChartType.MovingRange, Textbook.Values(Textbook.NistFlowRate));

        Assert.Equal(1.8778, chart.Points[0].Centre!.Value, 4);
        Assert.True(double.IsNaN(chart.Points[0].Value));
        Assert.Equal(2.0, chart.Points[1].Value, 10);
        Assert.Null(chart.Points[1].Lower);
        Assert.Equal(3.267 * chart.Points[1].Centre!.Value, chart.Points[1].Upper!.Value, 12);
        Assert.Null(chart.Parts[0].Runs);
    }

    [Fact]
    public void Compute_ScreenMovingRanges_DropsTheRangeOfAJumpFromSigma()
    {
        // Ranges 1,1,1,1,1,1,1,1,20: the mean is 28/9 = 3.11, so 20 ≥ 3.267 × 3.11 is screened and MR̄ = 1.
        double[] values = [0, 1, 0, 1, 0, 1, 0, 1, 0, 20];

        var plain = SpcCalculator.Compute(ChartType.Individuals, Textbook.Values(values));
        var screened = SpcCalculator.Compute(ChartType.Individuals, Textbook.Values(values), new SpcOptions { ScreenMovingRanges = true });

        Assert.Equal(28.0 / 9 / 1.128, plain.Points[0].Sigma!.Value, 12);
        Assert.Equal(1 / 1.128, screened.Points[0].Sigma!.Value, 12);
        Assert.True(screened.Points[9].SigmaSignal);
    }
}
