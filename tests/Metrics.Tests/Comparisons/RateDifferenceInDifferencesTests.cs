using QiPipeline.Metrics.Comparisons;

namespace QiPipeline.Metrics.Tests.Comparisons;

/// <summary>The ratio of two rate ratios with its log-scale interval, worked out by hand.</summary>
public sealed class RateDifferenceInDifferencesTests
{
    [Fact]
    public void Compare_PilotHalvesComparisonFlat_RatioOfRatiosWithFourCountInterval()
    {
        // Pilot 30 then 15 events in 3000 each: RR 0.5. Comparison 30 then 30: RR 1. Ratio 0.5,
        // exp(ln 0.5 ∓ 1.959964 · sqrt(1/30 + 1/15 + 1/30 + 1/30)) = 0.5 · exp(∓0.800152) = 0.2246 to 1.1129.
        var result = RateDifferenceInDifferences.Compare(new Rate(30, 3000), new Rate(15, 3000), new Rate(30, 3000), new Rate(30, 3000));

        Assert.Equal(0.5, result.Pilot.Ratio.Estimate, 12);
        Assert.Equal(1.0, result.Comparison.Ratio.Estimate, 12);
        Assert.Equal(0.5, result.Effect.Estimate, 12);
        Assert.Equal(0.2246, result.Effect.Lower, 4);
        Assert.Equal(1.1129, result.Effect.Upper, 4);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Compare_NoEventsInOneGroup_LimitsUndefinedAndSaid()
    {
        var result = RateDifferenceInDifferences.Compare(new Rate(30, 3000), new Rate(0, 3000), new Rate(30, 3000), new Rate(30, 3000));

        Assert.Equal(0, result.Effect.Estimate);
        Assert.True(double.IsNaN(result.Effect.Lower));
        Assert.True(double.IsNaN(result.Effect.Upper));
        Assert.Contains(result.Warnings, w => w.StartsWith("pilot no events", StringComparison.Ordinal));
    }
}
