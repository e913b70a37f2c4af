using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Spc;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Monthly;
using QiPipeline.Reports.Tests.Support;

namespace QiPipeline.Reports.Tests.Monthly;

/// <summary>
/// The go-live ramp, low volume, small points and pending points (issue 12, "Charts that say what happened"),
/// on hand-built series whose expected values are worked out in the comments.
/// </summary>
public sealed class SeriesPhaseTests
{
    private static readonly Month First = new(2024, 1);
    private static readonly ReportClinic Pilot = new("N1", "North", Pilot: true, new DateOnly(2024, 7, 1));
    private static readonly ReportClinic Comparison = new("E1", "East", Pilot: false, GoLive: null);

    // Of 100 a month: 6 months before go-live (mean 30%), a ramp climbing from 42% to 64% (2024-07..09), then
    // 12 months after (mean 70%).
    private static readonly double[] Climb = [30, 32, 28, 30, 32, 28, 42, 55, 64, 70, 72, 68, 70, 72, 68, 70, 72, 68, 70, 72, 68];

    [Fact]
    public void Analyse_GoLiveWithThreeRampMonths_RampIsItsOwnPhaseOutsideBothParts()
    {
        var series = Screening(Pilot, Climb);

        Assert.Equal(Enumerable.Repeat(SeriesPhase.Before, 6).Concat(Enumerable.Repeat(SeriesPhase.Ramp, 3)).Concat(Enumerable.Repeat(SeriesPhase.After, 12)), series.Phases);
        Assert.All(Enumerable.Range(6, 3), r => Assert.Null(series.PointAt(r)));
        Assert.All(Enumerable.Range(6, 3), r => Assert.Null(series.VariationAt(r)));
        Assert.All(Enumerable.Range(6, 3), r => Assert.Equal("go-live ramp: not judged", series.NotJudgedReason(r)));

        // A p chart (18 points, 12 in the current part): part 1 = 180/600 = 0.30, part 2 = 840/1,200 = 0.70,
        // starting with 2024-10, the first month after the ramp.
        Assert.Equal(ChartType.P, series.Chart!.Type);
        Assert.Equal(0.30, series.PointAt(0)!.Centre!.Value, 10);
        Assert.Equal(2, series.PointAt(9)!.Part);
        Assert.Equal(0.70, series.PointAt(9)!.Centre!.Value, 10);
    }

    [Fact]
    public void Analyse_RampMonthsZero_GoLiveMonthStartsPartTwo()
    {
        var series = Screening(Pilot with { RampMonths = 0 }, Climb);

        Assert.DoesNotContain(SeriesPhase.Ramp, series.Phases);
        Assert.Equal(2, series.PointAt(6)!.Part);
    }

    [Fact]
    public void Analyse_AfterPhase_NoPointOfTheStableAfterMonthsIsASpecialCause()
    {
        // Judged against the after part alone (0.70 ± 3·sqrt(0.21/100) = 56.3% to 83.7%), the after months are
        // common cause; with the ramp in the part, 42% and 55% would sit below the lower limit.
        var series = Screening(Pilot, Climb);

        Assert.All(Enumerable.Range(9, 12), r => Assert.Equal(Variation.CommonCause, series.VariationAt(r)));
    }

    [Fact]
    public void Study_CycleDuringTheRamp_DoesNotCallTheRampASpecialCause()
    {
        var series = Screening(Pilot, Climb);
        var cycle = new PdsaCycle("N1-1", ["N1"], "depression_screening", "PHQ-2 at rooming", new DateOnly(2024, 7, 1), new DateOnly(2024, 9, 30), null);

        var findings = PdsaStudy.Study(cycle, [series]);

        Assert.Equal((0, 0), (findings.Improvement, findings.Concern));
        Assert.EndsWith("no month within the cycle shows special-cause variation.", findings.Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(19, true)] // median monthly denominator under 20: by quarter
    [InlineData(20, false)]
    public void Analyse_MedianMonthlyDenominatorAgainstTheThreshold_ChartedByQuarterOnlyBelowIt(long denominator, bool quarterly)
    {
        var series = SeriesAnalyzer.Analyse(MeasureDisplay.For("depression_screening"), Comparison,
            Rows.Series("depression_screening", "E1", First, denominator, Enumerable.Repeat(5.0, 24).ToArray()), minMonthlyDenominator: 20);

        Assert.Equal(quarterly, series.Quarterly);
        Assert.Equal(quarterly ? 8 : 24, series.Rows.Count);
        Assert.Equal(24, series.Months.Count);
    }

    [Fact]
    public void Analyse_LowVolume_QuartersSumTheirMonthsAndAnUnfinishedLastQuarterIsPending()
    {
        // 0-7 patients a month over 2024-01..2025-02 (14 months), median 4: five quarters, the last (2025 Q1) with
        // two months only. 2024 Q1: (1 + 0 + 2) of (4 + 2 + 6).
        long[] denominators = [4, 2, 6, 5, 3, 7, 4, 4, 0, 6, 5, 3, 4, 2];
        double[] numerators = [1, 0, 2, 2, 1, 3, 1, 2, 0, 3, 2, 1, 2, 1];
        var rows = denominators.Select((d, i) => new KpiRow("depression_screening", "E1", First.Plus(i), KpiRow.AllStratum, KpiRow.AllStratum, numerators[i], d, false, null)).ToList();

        var series = SeriesAnalyzer.Analyse(MeasureDisplay.For("depression_screening"), Comparison, rows);

        Assert.True(series.Quarterly);
        Assert.Equal(5, series.Rows.Count);
        Assert.Equal((3.0, 12L), (series.Rows[0].Numerator, series.Rows[0].Denominator));
        Assert.Equal("2024 Q1", series.PeriodLabel(0));
        Assert.Equal((3.0, 6L), (series.Rows[4].Numerator, series.Rows[4].Denominator));
        Assert.True(series.Rows[4].Pending);
        Assert.False(series.Rows[3].Pending);
        Assert.Equal("run chart by quarter", series.ChartName);
    }

    [Fact]
    public void Analyse_PointOfFourPatientsBeyondTheLimit_IsNotASignal()
    {
        // 23 months of about 30 of 100, then 4 of 4 (100%): beyond the upper limit of 0.30 + 3·sqrt(0.21/4) = 98.7%,
        // but a point of fewer than 5 patients is never read as a signal.
        var rows = Rows.Series("depression_screening", "E1", First, 100, Enumerable.Range(0, 23).Select(i => 29.0 + (i % 3)).ToArray());
        rows.Add(new KpiRow("depression_screening", "E1", First.Plus(23), KpiRow.AllStratum, KpiRow.AllStratum, 4, 4, false, null));

        var series = SeriesAnalyzer.Analyse(MeasureDisplay.For("depression_screening"), Comparison, rows);

        Assert.True(series.PointAt(23)!.SigmaSignal);
        Assert.False(series.Judged(23));
        Assert.Equal(Variation.CommonCause, series.VariationAt(23));
        Assert.Equal("n < 5: not judged", series.NotJudgedReason(23));
    }

    [Fact]
    public void Analyse_PendingMonthFarBelow_IsNeverFlagged()
    {
        var numerators = Enumerable.Range(0, 24).Select(i => i == 23 ? 5.0 : 25 + (i % 3)).ToArray();

        var series = SeriesAnalyzer.Analyse(MeasureDisplay.For("depression_screening"), Comparison, Rows.Series("depression_screening", "E1", First, 100, numerators, pendingLast: 1));

        Assert.True(series.PointAt(23)!.SigmaSignal);
        Assert.Equal(Variation.CommonCause, series.VariationAt(23));
        Assert.False(series.SpecialCauseAt(23));
    }

    [Fact]
    public void Analyse_NoUnitsInAnyMonth_NoDataNotZero()
    {
        var series = SeriesAnalyzer.Analyse(MeasureDisplay.For("depression_screening"), Comparison, Rows.Series("depression_screening", "E1", First, 0, new double[14]));

        Assert.False(series.HasData);
        Assert.Null(series.Chart);
        Assert.Equal("no data", series.ChartName);
        Assert.Null(SummaryFigures.Of(series).Latest);
    }

    private static ClinicSeries Screening(ReportClinic clinic, double[] numerators) =>
        SeriesAnalyzer.Analyse(MeasureDisplay.For("depression_screening"), clinic, Rows.Series("depression_screening", clinic.Id, First, 100, numerators));
}
