using QiPipeline.Metrics.Comparisons;

namespace QiPipeline.Metrics.Tests.Comparisons;

/// <summary>Before/after for one clinic, and the difference in differences for a pilot and a comparison clinic.</summary>
public sealed class BeforeAfterTests
{
    [Fact]
    public void Compare_BeforeAndAfter_IsAfterMinusBeforeWithNewcombesInterval()
    {
        // Newcombe 1998 (Stat Med 17: 873-890) Table II (a): 56/70 - 48/80 = 0.2000, method 10: 0.0524 to 0.3339.
        var result = BeforeAfter.Compare(before: new Proportion(48, 80), after: new Proportion(56, 70));

        Assert.Equal(0.2, result.Change.Estimate, 12);
        Assert.Equal(0.0524, result.Change.Lower, 4);
        Assert.Equal(0.3339, result.Change.Upper, 4);
        Assert.True(result.Change.Excludes(0));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Compare_SmallClinic_WarnsAndStillReportsTheInterval()
    {
        var result = BeforeAfter.Compare(new Proportion(3, 10), new Proportion(9, 10));

        Assert.Equal(0.1705, result.Change.Lower, 4);
        Assert.Equal(
            ["small sample: before is 3/10 (fewer than 30); one patient moves it by 10 points", "small sample: after is 9/10 (fewer than 30); one patient moves it by 10 points"],
            result.Warnings);
    }

    [Fact]
    public void Compare_FewEventsInALargeDenominator_Warns()
    {
        var result = BeforeAfter.Compare(new Proportion(2, 400), new Proportion(200, 400));

        Assert.Equal(["small sample: before is 2/400 (fewer than 5 events or non-events); the interval is wide"], result.Warnings);
    }

    [Fact]
    public void Compare_DifferenceInDifferences_MatchesNewcombe2001()
    {
        // Newcombe RG (2001). Estimating the difference between differences: measurement of additive scale interaction
        // for proportions. Statistics in Medicine 20: 2885-2893, section 4.1: (17/65 - 17/75) - (18/72 - 16/65),
        // 95% interval -0.1687 to 0.2343 (also the published check of the R package propint,
        // tests/testthat/test_Interaction_Independent_Props_CI.R).
        var result = DifferenceInDifferences.Compare(
            pilotBefore: new Proportion(17, 75),
            pilotAfter: new Proportion(17, 65),
            comparisonBefore: new Proportion(16, 65),
            comparisonAfter: new Proportion(18, 72));

        Assert.Equal((17.0 / 65) - (17.0 / 75) - ((18.0 / 72) - (16.0 / 65)), result.Effect.Estimate, 12);
        Assert.Equal(-0.1687, result.Effect.Lower, 4);
        Assert.Equal(0.2343, result.Effect.Upper, 4);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Compare_DifferenceInDifferencesWithASmallComparison_NamesTheGroup()
    {
        var result = DifferenceInDifferences.Compare(new Proportion(40, 100), new Proportion(60, 100), new Proportion(4, 20), new Proportion(5, 20));

        Assert.All(result.Warnings, w => Assert.StartsWith("comparison small sample: ", w, StringComparison.Ordinal));
        Assert.Equal(2, result.Warnings.Count);
    }
}
