using QiPipeline.Metrics.Comparisons;

namespace QiPipeline.Metrics.Tests.Comparisons;

/// <summary>The Poisson score interval against the formula worked by hand.</summary>
public sealed class PoissonScoreTests
{
    [Theory]
    // (x + z²/2 ± z·sqrt(x + z²/4)) / T with z = 1.959964, z² = 3.841459:
    // x = 40: 41.920730 ± 1.959964 × 6.400028 = 41.920730 ± 12.543826 → 29.37690 and 54.46456 per 1,000.
    // x = 10: 11.920730 ± 1.959964 × 3.310644 = 11.920730 ± 6.488744 → 5.43199 and 18.40947 per 1,000.
    // x = 0: 1.920730 ± 1.959964 × 0.979982 = 1.920730 ± 1.920730 → 0 and 3.841459 / 500 = 7.68292 per 1,000.
    [InlineData(40, 1000, 29.37690, 54.46456)]
    [InlineData(10, 1000, 5.43199, 18.40947)]
    [InlineData(0, 500, 0, 7.68292)]
    public void Interval_HandComputedExamples_Match(double events, double exposure, double lowerPer1000, double upperPer1000)
    {
        var interval = PoissonScore.Interval(events, exposure);

        Assert.Equal(events / exposure, interval.Estimate);
        Assert.Equal(lowerPer1000, interval.Lower * 1000, 4);
        Assert.Equal(upperPer1000, interval.Upper * 1000, 4);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(1, 0)]
    [InlineData(1, double.NaN)]
    public void Interval_NotARate_Throws(double events, double exposure) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PoissonScore.Interval(events, exposure));
}
