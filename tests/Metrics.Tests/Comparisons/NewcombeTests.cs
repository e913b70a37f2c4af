using QiPipeline.Metrics.Comparisons;

namespace QiPipeline.Metrics.Tests.Comparisons;

/// <summary>Newcombe's hybrid score interval for a difference against his published table.</summary>
public sealed class NewcombeTests
{
    [Theory]
    // Newcombe RG (1998). Interval estimation for the difference between independent proportions: comparison of
    // eleven methods. Statistics in Medicine 17: 873-890, Table II, examples (a)-(h), method 10 (score, no
    // continuity correction), to 4 decimals. Examples (a), (b) and (d) are also the published checks of the R
    // packages propint (tests/testthat/test_Two_Independent_Props_CI.R) and ratesci (tests/testthat/test3.R).
    [InlineData(56, 70, 48, 80, 0.0524, 0.3339)]
    [InlineData(9, 10, 3, 10, 0.1705, 0.8090)]
    [InlineData(6, 7, 2, 7, 0.0582, 0.8062)]
    [InlineData(5, 56, 0, 29, -0.0381, 0.1926)]
    [InlineData(0, 10, 0, 20, -0.1611, 0.2775)]
    [InlineData(0, 10, 0, 10, -0.2775, 0.2775)]
    [InlineData(10, 10, 0, 20, 0.6791, 1.0000)]
    [InlineData(10, 10, 0, 10, 0.6075, 1.0000)]
    public void Difference_NewcombeTableII_MatchesThePublishedInterval(int a, int m, int b, int n, double lower, double upper)
    {
        var interval = Newcombe.Difference(new Proportion(a, m), new Proportion(b, n));

        Assert.Equal(((double)a / m) - ((double)b / n), interval.Estimate, 12);
        Assert.Equal(lower, interval.Lower, 4);
        Assert.Equal(upper, interval.Upper, 4);
    }

    [Fact]
    public void Difference_Swapped_MirrorsTheInterval()
    {
        var forward = Newcombe.Difference(new Proportion(56, 70), new Proportion(48, 80));
        var backward = Newcombe.Difference(new Proportion(48, 80), new Proportion(56, 70));

        Assert.Equal(-forward.Upper, backward.Lower, 12);
        Assert.Equal(-forward.Lower, backward.Upper, 12);
    }
}
