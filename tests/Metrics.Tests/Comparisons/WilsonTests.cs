using QiPipeline.Metrics.Comparisons;

namespace QiPipeline.Metrics.Tests.Comparisons;

/// <summary>The Wilson score interval against Newcombe's published examples.</summary>
public sealed class WilsonTests
{
    [Theory]
    // Newcombe RG (1998). Two-sided confidence intervals for the single proportion: comparison of seven methods.
    // Statistics in Medicine 17: 857-872, Table I, method 3 (score, no continuity correction), to 4 decimals.
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Score_NewcombeTableI_MatchesThePublishedInterval(int events, int total, double lower, double upper)
    {
        var interval = Wilson.Score(new Proportion(events, total));

        Assert.Equal((double)events / total, interval.Estimate);
        Assert.Equal(lower, interval.Lower, 4);
        Assert.Equal(upper, interval.Upper, 4);
    }

    [Fact]
    public void Score_NoEventsOrAllEvents_StopsExactlyAtTheBounds()
    {
        Assert.Equal(0, Wilson.Score(new Proportion(0, 7)).Lower);
        Assert.Equal(1, Wilson.Score(new Proportion(7, 7)).Upper);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(-1, 5)]
    [InlineData(6, 5)]
    public void Proportion_ImpossibleCounts_Throw(int events, int total)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Proportion(events, total));
    }
}
