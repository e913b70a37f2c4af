using QiPipeline.Metrics.Comparisons;

namespace QiPipeline.Metrics.Tests.Comparisons;

/// <summary>
/// The rate ratio. No published worked example of the log-scale interval was found to test against, so these
/// tests check the properties its formula must have.
/// </summary>
public sealed class RateComparisonTests
{
    [Fact]
    public void Compare_EqualRates_IsOneAndTheIntervalContainsOne()
    {
        var result = RateComparison.Compare(new Rate(30, 1000), new Rate(60, 2000));

        Assert.Equal(1, result.Ratio.Estimate, 12);
        Assert.False(result.Ratio.Excludes(1));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Compare_Swapped_InvertsTheRatioAndItsLimits()
    {
        var forward = RateComparison.Compare(new Rate(41, 28010), new Rate(15, 19017)).Ratio;
        var backward = RateComparison.Compare(new Rate(15, 19017), new Rate(41, 28010)).Ratio;

        Assert.Equal(1 / forward.Estimate, backward.Estimate, 12);
        Assert.Equal(1 / forward.Upper, backward.Lower, 12);
        Assert.Equal(1 / forward.Lower, backward.Upper, 12);
    }

    [Fact]
    public void Compare_Interval_IsSymmetricOnTheLogScale()
    {
        var ratio = RateComparison.Compare(new Rate(41, 28010), new Rate(15, 19017)).Ratio;

        Assert.Equal(Math.Log(ratio.Estimate) - Math.Log(ratio.Lower), Math.Log(ratio.Upper) - Math.Log(ratio.Estimate), 12);
        Assert.Equal(1.959963984540054 * Math.Sqrt((1.0 / 41) + (1.0 / 15)), Math.Log(ratio.Upper / ratio.Estimate), 12);
    }

    [Fact]
    public void Compare_NoEvents_WarnsAndLeavesTheIntervalUndefined()
    {
        var result = RateComparison.Compare(new Rate(0, 120), new Rate(8, 100));

        Assert.Equal(0, result.Ratio.Estimate);
        Assert.True(double.IsNaN(result.Ratio.Lower));
        Assert.Equal(
            ["no events: a has 0 events in 120; the rate ratio and its interval are not defined", "small sample: b has 8 events (fewer than 10); the interval is rough"],
            result.Warnings);
    }

    [Fact]
    public void Rate_ZeroExposure_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Rate(1, 0));
    }
}
