using QiPipeline.Metrics.Spc;

namespace QiPipeline.Metrics.Tests.Spc;

/// <summary>Freeze, part and exclude, on series small enough to check by hand.</summary>
public sealed class PhaseTests
{
    [Fact]
    public void Compute_Freeze_JudgesLaterPointsAgainstTheBaseline()
    {
        // Baseline 1,2,1,2,1,2: mean 1.5, five moving ranges of 1, sigma 1/1.128, UCL 1.5 + 3/1.128 = 4.16.
        double[] values = [1, 2, 1, 2, 1, 2, 10, 10, 10];

        var chart = SpcCalculator.Compute(ChartType.Individuals, Textbook.Values(values), new SpcOptions { FreezeAfter = 6 });

        Assert.All(chart.Points, p => Assert.Equal(1.5, p.Centre!.Value, 12));
        Assert.All(chart.Points, p => Assert.Equal(1.5 + (3 / 1.128), p.Upper!.Value, 12));
        Assert.Equal([6, 7, 8], chart.Points.Where(p => p.SigmaSignal).Select(p => p.Index));
        Assert.Equal([true, true, true, true, true, true, false, false, false], chart.Points.Select(p => p.Baseline));
        Assert.Single(chart.Parts);
    }

    [Fact]
    public void Compute_Freeze_RunsAnalysisStillCoversEveryPoint()
    {
        // A run chart frozen on 10 points whose median is 5.5; the 10 points after it all sit above.
        var values = Enumerable.Range(1, 10).Select(i => (double)i).Concat(Enumerable.Repeat(20.0, 10)).ToList();

        var chart = SpcCalculator.Compute(ChartType.Run, Textbook.Values(values), new SpcOptions { FreezeAfter = 10 });

        var runs = chart.Parts[0].Runs!;
        Assert.Equal(20, runs.UsefulObservations);
        Assert.Equal(15, runs.LongestRun);
        Assert.True(runs.Signal);
        Assert.Equal(5.5, chart.Points[19].Centre);
    }

    [Fact]
    public void Compute_Parts_RecomputeCentreLimitsAndRunsPerPart()
    {
        // 4 weeks at 10/100, then 4 weeks at 30/100 after a go-live.
        var observations = Enumerable.Repeat(new SpcObservation(10, 100), 4).Concat(Enumerable.Repeat(new SpcObservation(30, 100), 4)).ToList();

        var chart = SpcCalculator.Compute(ChartType.P, observations, new SpcOptions { BreaksAfter = [4] });

        Assert.Equal([1, 1, 1, 1, 2, 2, 2, 2], chart.Points.Select(p => p.Part));
        Assert.Equal(0.1, chart.Points[0].Centre!.Value, 12);
        Assert.Equal(0.3, chart.Points[7].Centre!.Value, 12);
        Assert.Equal(0.3 + (3 * Math.Sqrt(0.3 * 0.7 / 100)), chart.Points[7].Upper!.Value, 12);
        Assert.Equal(new SpcPart(2, 4, 7, new RunsAnalysis(0, 0, null, 0, null)), chart.Parts[1]);
        Assert.False(chart.HasSignal);
    }

    [Fact]
    public void Compute_Exclude_LeavesThePointOutOfCentreAndRunsButStillFlagsIt()
    {
        var chart = SpcCalculator.Compute(ChartType.C, Textbook.Counts([2, 3, 2, 3, 40]), new SpcOptions { Excluded = [4] });

        Assert.Equal(2.5, chart.Points[4].Centre);
        Assert.True(chart.Points[4].SigmaSignal);
        Assert.True(chart.Points[4].Excluded);
        Assert.Equal(4, chart.Parts[0].Runs!.UsefulObservations);
    }

    [Fact]
    public void Compute_ExcludedPointOnAnIChart_RemovesBothOfItsMovingRanges()
    {
        // Without point 3 only the ranges 1-2 (1) and 4-5 (1) remain: sigma 1/1.128.
        var chart = SpcCalculator.Compute(ChartType.Individuals, Textbook.Values([0, 1, 50, 0, 1]), new SpcOptions { Excluded = [2] });

        Assert.Equal(1 / 1.128, chart.Points[0].Sigma!.Value, 12);
        Assert.Equal(0.5, chart.Points[0].Centre!.Value, 12);
    }

    [Theory]
    [InlineData(null, new[] { 2 }, new[] { 7 }, "excluded point 7 is outside the series (1 to 5)")]
    [InlineData(6, new int[0], new int[0], "freeze after point 6 is outside the series (1 to 5)")]
    [InlineData(3, new[] { 2 }, new int[0], "freeze and parts cannot be combined: a part already recomputes its own limits")]
    [InlineData(null, new[] { 5 }, new int[0], "a new part after point 5 is outside the series (1 to 4)")]
    [InlineData(null, new[] { 3, 2 }, new int[0], "parts must be in ascending order without repeats (2 comes after 3)")]
    public void Compute_PhasesThatDoNotFit_ThrowNamingThePoint(int? freeze, int[] breaks, int[] excludedOneBased, string expected)
    {
        var options = new SpcOptions { FreezeAfter = freeze, BreaksAfter = breaks, Excluded = excludedOneBased.Select(i => i - 1).ToList() };

        var e = Assert.Throws<ArgumentException>(() => SpcCalculator.Compute(ChartType.C, Textbook.Counts([1, 2, 3, 4, 5]), options));

        Assert.Equal(expected, e.Message);
    }

    [Fact]
    public void Compute_PartWithEveryPointExcluded_Throws()
    {
        var options = new SpcOptions { BreaksAfter = [2], Excluded = [2, 3] };

        var e = Assert.Throws<ArgumentException>(() => SpcCalculator.Compute(ChartType.C, Textbook.Counts([1, 2, 3, 4]), options));

        Assert.Equal("part 2 (points 3 to 4) has no point left for its centre line: every one is excluded", e.Message);
    }
}
