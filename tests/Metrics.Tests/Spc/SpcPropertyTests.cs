using QiPipeline.Metrics.Spc;

namespace QiPipeline.Metrics.Tests.Spc;

/// <summary>Invariants over seeded random series: whatever the data, these hold.</summary>
public sealed class SpcPropertyTests
{
    private const int Series = 200;

    public static TheoryData<ChartType> ProportionCharts => [ChartType.P, ChartType.PPrime];

    public static TheoryData<ChartType> EveryChartButMovingRange =>
        [ChartType.Run, ChartType.Individuals, ChartType.P, ChartType.U, ChartType.C, ChartType.PPrime, ChartType.UPrime];

    [Theory]
    [MemberData(nameof(ProportionCharts))]
    public void Compute_AnyProportions_LimitsStayWithinZeroAndOne(ChartType type)
    {
        foreach (var observations in RandomProportions(seed: 1))
        {
            var chart = SpcCalculator.Compute(type, observations);

            Assert.All(chart.Points, p => Assert.InRange(p.Lower!.Value, 0, p.Centre!.Value));
            Assert.All(chart.Points, p => Assert.InRange(p.Upper!.Value, p.Centre!.Value, 1));
        }
    }

    [Fact]
    public void Compute_IndividualsChart_LimitsAreSymmetric()
    {
        var random = new Random(2);
        for (var s = 0; s < Series; s++)
        {
            var values = Enumerable.Range(0, random.Next(2, 40)).Select(_ => (random.NextDouble() * 200) - 100).ToList();

            var chart = SpcCalculator.Compute(ChartType.Individuals, Textbook.Values(values));

            Assert.All(chart.Points, p => AssertSymmetric(p));
        }
    }

    [Theory]
    [InlineData(ChartType.P)]
    [InlineData(ChartType.U)]
    [InlineData(ChartType.C)]
    public void Compute_AttributeCharts_LimitsAreSymmetricUnlessClipped(ChartType type)
    {
        foreach (var observations in RandomProportions(seed: 3))
        {
            var chart = SpcCalculator.Compute(type, observations);

            foreach (var p in chart.Points.Where(p => p.Lower > 0 && p.Upper < (type == ChartType.P ? 1 : double.MaxValue)))
            {
                AssertSymmetric(p);
            }
        }
    }

    [Theory]
    [MemberData(nameof(EveryChartButMovingRange))]
    public void Compute_ConstantSeries_HasNoSignal(ChartType type)
    {
        var random = new Random(4);
        for (var s = 0; s < 50; s++)
        {
            var value = random.Next(0, 20);
            var observations = Enumerable.Repeat(new SpcObservation(value, 20), random.Next(1, 60)).ToList();

            var chart = SpcCalculator.Compute(type, observations);

            Assert.All(chart.Parts, p => Assert.False(p.Runs!.Signal));
            Assert.DoesNotContain(chart.Points, p => p.SigmaSignal);
        }
    }

    [Fact]
    public void Compute_ShuffledPChart_KeepsItsCentreLine()
    {
        var random = new Random(5);
        foreach (var observations in RandomProportions(seed: 6))
        {
            var shuffled = observations.ToArray();
            random.Shuffle(shuffled);

            var before = SpcCalculator.Compute(ChartType.P, observations).Points[0].Centre;
            var after = SpcCalculator.Compute(ChartType.P, shuffled).Points[0].Centre;

            Assert.Equal(before, after);
        }
    }

    [Fact]
    public void Compute_LaneyPPrime_ScalesEveryPChartHalfWidthByTheSameSigmaZ()
    {
        foreach (var observations in RandomProportions(seed: 7))
        {
            var p = SpcCalculator.Compute(ChartType.P, observations).Points;
            var prime = SpcCalculator.Compute(ChartType.PPrime, observations).Points;

            var ratios = p.Zip(prime).Where(x => x.First.Sigma > 0).Select(x => x.Second.Sigma!.Value / x.First.Sigma!.Value).ToList();
            Assert.All(ratios, r => Assert.Equal(ratios[0], r, 1e-9 * Math.Max(1, ratios[0])));
            Assert.All(p.Zip(prime), x => Assert.Equal(x.First.Centre, x.Second.Centre));
        }
    }

    [Fact]
    public void Compute_MovingRangeChart_UpperLimitIsD4TimesTheCentre()
    {
        var random = new Random(8);
        var values = Enumerable.Range(0, 30).Select(_ => random.NextDouble()).ToList();

        var chart = SpcCalculator.Compute(ChartType.MovingRange, Textbook.Values(values));

        Assert.All(chart.Points, p => Assert.Equal(3.267 * p.Centre!.Value, p.Upper!.Value, 12));
    }

    private static void AssertSymmetric(SpcPoint p)
    {
        var tolerance = 1e-9 * Math.Max(1, Math.Abs(p.Centre!.Value));
        Assert.Equal(p.Upper!.Value - p.Centre.Value, p.Centre.Value - p.Lower!.Value, tolerance);
    }

    /// <summary>Series of 2 to 40 points, denominators 1 to 500, any number of events up to the denominator.</summary>
    private static IEnumerable<List<SpcObservation>> RandomProportions(int seed)
    {
        var random = new Random(seed);
        for (var s = 0; s < Series; s++)
        {
            yield return Enumerable.Range(0, random.Next(2, 40)).Select(_ =>
            {
                var n = random.Next(1, 501);
                return new SpcObservation(random.Next(0, n + 1), n);
            }).ToList();
        }
    }
}
