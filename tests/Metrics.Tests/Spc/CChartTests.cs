using QiPipeline.Metrics.Spc;

namespace QiPipeline.Metrics.Tests.Spc;

/// <summary>The c chart against Montgomery's printed circuit board example.</summary>
public sealed class CChartTests
{
    // Montgomery prints limits computed from c̄ already rounded to 2 decimals (19.85, 19.67), so they can differ
    // from the unrounded computation in the second decimal.
    private const double PrintedRounding = 0.011;

    [Fact]
    public void Compute_MontgomeryCircuitBoards_MatchesThePublishedTrialLimits()
    {
        // Montgomery, ISQC, Example 7.3: c̄ = 516/26 = 19.85, UCL = 33.22, LCL = 6.48; samples 6 and 20 are outside.
        var chart = SpcCalculator.Compute(ChartType.C, Textbook.Counts(Textbook.CircuitBoardNonconformities));

        var point = chart.Points[0];
        Assert.Equal(19.85, point.Centre!.Value, 2);
        Assert.InRange(point.Upper!.Value, 33.22 - PrintedRounding, 33.22 + PrintedRounding);
        Assert.InRange(point.Lower!.Value, 6.48 - PrintedRounding, 6.48 + PrintedRounding);
        Assert.Equal([5, 19], chart.Points.Where(p => p.SigmaSignal).Select(p => p.Index));
    }

    [Fact]
    public void Compute_MontgomeryCircuitBoardsWithoutSamples6And20_MatchesThePublishedRevisedLimits()
    {
        // Montgomery, ISQC, Example 7.3 continued: without samples 6 (new inspector) and 20 (soldering temperature)
        // c̄ = 19.67, UCL = 32.97, LCL = 6.36.
        var chart = SpcCalculator.Compute(
            ChartType.C, Textbook.Counts(Textbook.CircuitBoardNonconformities), new SpcOptions { Excluded = [5, 19] });

        var point = chart.Points[0];
        Assert.Equal(19.67, point.Centre!.Value, 2);
        Assert.InRange(point.Upper!.Value, 32.97 - PrintedRounding, 32.97 + PrintedRounding);
        Assert.InRange(point.Lower!.Value, 6.36 - PrintedRounding, 6.36 + PrintedRounding);
    }
}
