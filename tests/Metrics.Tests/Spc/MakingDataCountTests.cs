using QiPipeline.Metrics.Spc;

namespace QiPipeline.Metrics.Tests.Spc;

/// <summary>
/// The NHS Making Data Count rules on series built so that exactly one rule fires. The baseline used for
/// the limit rules alternates 10 and 12: mean 11, moving ranges of 2, sigma 2/1.128 = 1.773, so 2 sigma is
/// 3.55 and the limits are 11 ± 5.32.
/// </summary>
public sealed class MakingDataCountTests
{
    private static readonly double[] Baseline = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12];

    [Fact]
    public void Evaluate_SevenOnEachSideOfTheMedian_FlagsBothShifts()
    {
        var chart = SpcCalculator.Compute(ChartType.Run, Textbook.Values([5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6]));

        var summary = MakingDataCount.Evaluate(chart, ImprovementDirection.Increase);

        Assert.All(summary.Points, p => Assert.True(p.Shift));
        Assert.All(summary.Points.Take(7), p => Assert.Equal(Variation.Concern, p.Variation));
        Assert.All(summary.Points.Skip(7), p => Assert.Equal(Variation.Improvement, p.Variation));
        Assert.Equal(Variation.Improvement, summary.VariationIcon);
    }

    [Fact]
    public void Evaluate_SixOnOneSide_IsNotAShift()
    {
        var chart = SpcCalculator.Compute(ChartType.Run, Textbook.Values([5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6]));

        var summary = MakingDataCount.Evaluate(chart, ImprovementDirection.Increase);

        Assert.DoesNotContain(summary.Points, p => p.SpecialCause);
        Assert.Equal(Variation.CommonCause, summary.VariationIcon);
    }

    [Fact]
    public void Evaluate_SevenRising_FlagsTheTrendButNotSixRising()
    {
        var seven = MakingDataCount.Evaluate(SpcCalculator.Compute(ChartType.Run, Textbook.Values([3, 1, 2, 3, 4, 5, 6, 7, 3])), ImprovementDirection.Neutral);
        var six = MakingDataCount.Evaluate(SpcCalculator.Compute(ChartType.Run, Textbook.Values([3, 1, 2, 3, 4, 5, 6, 3, 3])), ImprovementDirection.Neutral);

        Assert.Equal([false, true, true, true, true, true, true, true, false], seven.Points.Select(p => p.Trend));
        Assert.DoesNotContain(six.Points, p => p.Trend);
    }

    [Fact]
    public void Evaluate_TwoOfThreeCloseToTheUpperLimit_FlagsTheTwo()
    {
        // 15 and 15.2 are 4 and 4.2 above the mean (beyond 2 sigma = 3.55, inside 5.32); 11.5 is above but not close.
        var summary = Evaluate([.. Baseline, 15, 11.5, 15.2], ImprovementDirection.Decrease);

        Assert.Equal([10, 12], summary.Points.Where(p => p.TwoOfThree).Select(p => p.Index));
        Assert.Equal(Variation.Concern, summary.Points[12].Variation);
        Assert.False(summary.Points[11].SpecialCause);
    }

    [Fact]
    public void Evaluate_TwoCloseOnOppositeSides_IsNotTwoOfThree()
    {
        var summary = Evaluate([.. Baseline, 15, 7, 11.5], ImprovementDirection.Increase);

        Assert.DoesNotContain(summary.Points, p => p.SpecialCause);
    }

    [Theory]
    [InlineData(ImprovementDirection.Increase, Variation.Improvement)]
    [InlineData(ImprovementDirection.Decrease, Variation.Concern)]
    [InlineData(ImprovementDirection.Neutral, Variation.NeutralHigh)]
    public void Evaluate_LatestPointAboveTheLimit_SetsTheVariationIcon(ImprovementDirection direction, Variation expected)
    {
        var summary = Evaluate([.. Baseline, 20], direction);

        Assert.True(summary.Points[^1].OutsideLimits);
        Assert.Equal(expected, summary.VariationIcon);
    }

    [Theory]
    [InlineData(ImprovementDirection.Increase, 20.0, Assurance.Fail)]
    [InlineData(ImprovementDirection.Decrease, 20.0, Assurance.Pass)]
    [InlineData(ImprovementDirection.Increase, 2.0, Assurance.Pass)]
    [InlineData(ImprovementDirection.Decrease, 2.0, Assurance.Fail)]
    [InlineData(ImprovementDirection.Increase, 11.0, Assurance.Inconsistent)]
    [InlineData(ImprovementDirection.Neutral, 20.0, Assurance.NotApplicable)]
    [InlineData(ImprovementDirection.Increase, null, Assurance.NotApplicable)]
    public void Evaluate_Target_SetsTheAssuranceIcon(ImprovementDirection direction, double? target, Assurance expected)
    {
        var summary = Evaluate(Baseline, direction, target);

        Assert.Equal(expected, summary.AssuranceIcon);
    }

    private static MdcSummary Evaluate(double[] values, ImprovementDirection direction, double? target = null)
    {
        var chart = SpcCalculator.Compute(ChartType.Individuals, Textbook.Values(values), new SpcOptions { FreezeAfter = Baseline.Length });
        return MakingDataCount.Evaluate(chart, direction, target);
    }
}
