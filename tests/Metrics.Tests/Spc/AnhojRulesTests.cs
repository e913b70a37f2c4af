using QiPipeline.Metrics.Spc;

namespace QiPipeline.Metrics.Tests.Spc;

/// <summary>The Anhøj rules: the published table of limits, and runs and crossings counted as defined.</summary>
public sealed class AnhojRulesTests
{
    /// <summary>
    /// qicharts2 vignette "Quality Improvement Charts" (Anhøj), Appendix 2: Critical values for longest run and
    /// number of crossings, n = 10 to 100 (https://cran.r-project.org/package=qicharts2/vignettes/qicharts2.html;
    /// also docs/articles/qicharts2.html in github.com/anhoej/qicharts2). Columns: useful observations, upper
    /// limit for longest run, lower limit for number of crossings.
    /// </summary>
    private const string PublishedTable = """
        10 6 2|11 6 2|12 7 3|13 7 3|14 7 4|15 7 4|16 7 4|17 7 5|18 7 5|19 7 6|20 7 6|21 7 6|22 7 7|23 8 7|24 8 8
        25 8 8|26 8 8|27 8 9|28 8 9|29 8 10|30 8 10|31 8 11|32 8 11|33 8 11|34 8 12|35 8 12|36 8 13|37 8 13|38 8 14
        39 8 14|40 8 14|41 8 15|42 8 15|43 8 16|44 8 16|45 8 17|46 9 17|47 9 17|48 9 18|49 9 18|50 9 19|51 9 19
        52 9 20|53 9 20|54 9 21|55 9 21|56 9 21|57 9 22|58 9 22|59 9 23|60 9 23|61 9 24|62 9 24|63 9 25|64 9 25
        65 9 25|66 9 26|67 9 26|68 9 27|69 9 27|70 9 28|71 9 28|72 9 29|73 9 29|74 9 29|75 9 30|76 9 30|77 9 31
        78 9 31|79 9 32|80 9 32|81 9 33|82 9 33|83 9 34|84 9 34|85 9 34|86 9 35|87 9 35|88 9 36|89 9 36|90 9 37
        91 10 37|92 10 38|93 10 38|94 10 39|95 10 39|96 10 39|97 10 40|98 10 40|99 10 41|100 10 41
        """;

    public static TheoryData<int, int, int> Published()
    {
        var rows = new TheoryData<int, int, int>();
        foreach (var row in PublishedTable.Split(['|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var cells = row.Split(' ').Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            rows.Add(cells[0], cells[1], cells[2]);
        }

        return rows;
    }

    [Fact]
    public void PublishedTable_CoversTenToOneHundred()
    {
        Assert.Equal(Enumerable.Range(10, 91), Published().Select(r => (int)r[0]));
    }

    [Theory]
    [MemberData(nameof(Published))]
    public void Limits_UsefulObservations_MatchTheQicharts2Table(int useful, int longestRun, int crossings)
    {
        Assert.Equal(longestRun, AnhojRules.LongestRunLimit(useful));
        Assert.Equal(crossings, AnhojRules.CrossingsLimit(useful));
    }

    [Fact]
    public void Analyse_Alternating_HasRunsOfOneAndEveryCrossing()
    {
        var runs = AnhojRules.Analyse(Enumerable.Range(0, 10).Select(i => i % 2 == 0 ? 1 : -1));

        Assert.Equal(new RunsAnalysis(10, 1, 6, 9, 2), runs);
        Assert.False(runs.Signal);
    }

    [Fact]
    public void Analyse_FiveBelowThenFiveAbove_SignalsTooFewCrossings()
    {
        var runs = AnhojRules.Analyse([-1, -1, -1, -1, -1, 1, 1, 1, 1, 1]);

        Assert.Equal(5, runs.LongestRun);
        Assert.Equal(1, runs.Crossings);
        Assert.True(runs.Signal);
    }

    [Fact]
    public void Analyse_SevenOfTenOnOneSide_SignalsALongRun()
    {
        // 10 useful observations allow a longest run of 6 (table above); 7 is a signal even with 2 crossings.
        var runs = AnhojRules.Analyse([1, -1, 1, 1, 1, 1, 1, 1, 1, -1]);

        Assert.Equal(7, runs.LongestRun);
        Assert.Equal(3, runs.Crossings);
        Assert.True(runs.Signal);
    }

    [Fact]
    public void Analyse_PointsOnTheCentreLine_NeitherBreakNorExtendARun()
    {
        var runs = AnhojRules.Analyse([1, 0, 1, 0, -1]);

        Assert.Equal(3, runs.UsefulObservations);
        Assert.Equal(2, runs.LongestRun);
        Assert.Equal(1, runs.Crossings);
    }

    [Fact]
    public void Analyse_NoUsefulObservation_HasNoLimitsAndNoSignal()
    {
        var runs = AnhojRules.Analyse([0, 0, 0]);

        Assert.Equal(new RunsAnalysis(0, 0, null, 0, null), runs);
        Assert.False(runs.Signal);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(2000, 963)]
    public void FifthPercentile_BeyondTheTable_IsExact(int trials, int expected)
    {
        // Derived by hand, not from this code: 0 and 1 trials, P(X = 0) is 1 and 0.5, both ≥ 0.05. 2,000 trials: with
        // the continuity correction, P(X ≤ k) ≥ 0.05 needs k + 0.5 ≥ 1000 - 1.6449 · sqrt(500) = 963.22, so k = 963,
        // a margin of about 0.001 in probability, far above the approximation's error for a symmetric binomial this
        // large. The case guards the exact arithmetic where 2^-2000 underflows a double.
        Assert.Equal(expected, BinomialQuantile.FifthPercentileOfFairCoin(trials));
    }
}
