using QiPipeline.Metrics.Engine;
using QiPipeline.Reports.Monthly;

namespace QiPipeline.Reports.Tests.Monthly;

/// <summary>The equity comparisons: window, final months, intervals and flags.</summary>
public sealed class EquityAnalysisTests
{
    private static readonly string[] Clinics = ["N1", KpiRow.Network];

    [Fact]
    public void Analyse_PendingMonthAndMonthBeforeTheWindow_AreLeftOut()
    {
        var result = EquityAnalysis.Analyse(EquityDeck.ReportMonth, EquityDeck.UnequalScreening(), Clinics);

        Assert.Equal((new Metrics.Timeline.Month(2024, 7), EquityDeck.ReportMonth), (result.First, result.Last));
        Assert.Equal(
            [("F", 56.0, 70L, 48.0, 80L), ("M", 48.0, 80L, 56.0, 70L)],
            result.Rows.Select(r => (r.Value, r.Numerator, r.Denominator, r.RestNumerator, r.RestDenominator)));
    }

    [Fact]
    public void Analyse_UnequalProportions_NewcombeIntervalFlagsTheWorseValue()
    {
        var result = EquityAnalysis.Analyse(EquityDeck.ReportMonth, EquityDeck.UnequalScreening(), Clinics);
        var female = result.Rows[0];
        var male = result.Rows[1];

        // Newcombe 1998 (Stat Med 17: 873-890) Table II (a): 56/70 - 48/80 = 0.2000, method 10: 0.0524 to 0.3339.
        Assert.Equal(0.2, female.Comparison!.Value.Estimate, 10);
        Assert.Equal(0.0524, female.Comparison.Value.Lower, 4);
        Assert.Equal(0.3339, female.Comparison.Value.Upper, 4);
        Assert.Equal(-0.3339, male.Comparison!.Value.Lower, 4);
        Assert.Equal(-0.0524, male.Comparison.Value.Upper, 4);

        // Wilson (Newcombe 1998, Stat Med 17: 857-872, method 3) by hand for 48/80: (2·48 + z² ± z·sqrt(z² + 4·48·0.4)) / (2·(80 + z²))
        // = (99.841459 ± 1.959964 × 8.980059) / 167.682918 = 0.4905 to 0.7004.
        Assert.Equal(0.4905, male.Rate.Lower, 4);
        Assert.Equal(0.7004, male.Rate.Upper, 4);
        Assert.Equal((EquityFlag.Better, EquityFlag.Worse), (female.Flag, male.Flag));
    }

    [Fact]
    public void Analyse_BalancedProportions_FlagsNothing()
    {
        var result = EquityAnalysis.Analyse(EquityDeck.ReportMonth, EquityDeck.BalancedScreening(), Clinics);

        Assert.Equal(2, result.Rows.Count);
        Assert.All(result.Rows, r => Assert.True(r.Comparison!.Value.Lower < 0 && r.Comparison.Value.Upper > 0));
        Assert.All(result.Rows, r => Assert.Equal(EquityFlag.None, r.Flag));
    }

    [Fact]
    public void Analyse_HigherEdRate_PoissonScoreIntervalAndRateRatioFlagItWorse()
    {
        var result = EquityAnalysis.Analyse(EquityDeck.ReportMonth, EquityDeck.UnequalEdVisits(), Clinics);
        var commercial = result.Rows[0];
        var medicaid = result.Rows[1];

        // Poisson score by hand: (40 + z²/2 ± z·sqrt(40 + z²/4)) / 1000 = (41.920730 ± 12.543826) / 1000.
        Assert.Equal(0.0293769, medicaid.Rate.Lower, 6);
        Assert.Equal(0.0544646, medicaid.Rate.Upper, 6);

        // Rate ratio (40/1000) / (20/2000) = 4, exp(ln 4 ± 1.959964 · sqrt(1/40 + 1/20)) = 4 · exp(±0.536758) = 2.3386 to 6.8418.
        Assert.Equal(4, medicaid.Comparison!.Value.Estimate, 10);
        Assert.Equal(2.3386, medicaid.Comparison.Value.Lower, 4);
        Assert.Equal(6.8418, medicaid.Comparison.Value.Upper, 4);
        Assert.Equal((EquityFlag.Better, EquityFlag.Worse), (commercial.Flag, medicaid.Flag));
    }

    [Fact]
    public void Analyse_OneValueOnly_HasNoRestAndNoFlag()
    {
        var result = EquityAnalysis.Analyse(EquityDeck.ReportMonth, [EquityDeck.Row("depression_screening", "language", "en", 10, 100)], Clinics);

        var only = Assert.Single(result.Rows);
        Assert.Null(only.Comparison);
        Assert.Null(only.RestRate);
        Assert.Equal(EquityFlag.None, only.Flag);
    }

    [Fact]
    public void Analyse_CountNotAProportion_SkipsTheMeasure()
    {
        var rows = new List<KpiRow> { EquityDeck.Row("cocm_minutes", "sex", "F", 250, 4), EquityDeck.Row("cocm_minutes", "sex", "M", 90, 3) };

        var result = EquityAnalysis.Analyse(EquityDeck.ReportMonth, rows, Clinics);

        Assert.Empty(result.Rows);
        Assert.Equal(["cocm_minutes"], result.Skipped);
    }
}
