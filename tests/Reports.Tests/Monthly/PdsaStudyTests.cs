using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Monthly;
using QiPipeline.Reports.Tests.Support;

namespace QiPipeline.Reports.Tests.Monthly;

/// <summary>The Study sentence of a PDSA cycle, from hand-built series; the expected text is worked out by hand.</summary>
public sealed class PdsaStudyTests
{
    private static readonly ReportClinic N2 = new("N2", "North Two", Pilot: false, GoLive: null);

    // 14 months out of 100, 2024-01..2025-02: nine months around 36%, then a rise from the cycle (2024-10..12) on.
    private static readonly double[] Screened = [35, 36, 34, 37, 35, 36, 35, 36, 37, 55, 58, 61, 60, 59];

    [Fact]
    public void Study_ScreeningCycleBelowPrediction_SaysRiseMissedPredictionAndSignals()
    {
        var series = SeriesAnalyzer.Analyse(MeasureDisplay.For("depression_screening"), N2, Rows.Series("depression_screening", "N2", new Month(2024, 1), 100, Screened));
        var cycle = new PdsaCycle("N2-1", ["N2"], "depression_screening", "PHQ-2 at rooming", new DateOnly(2024, 10, 1), new DateOnly(2024, 12, 31), 0.7);

        var findings = PdsaStudy.Study(cycle, [series]);

        // Before: 2024-07..09 = (35 + 36 + 37) / 300 = 36%. During: 2024-10..12 = (55 + 58 + 61) / 300 = 58%, below 70%.
        // p chart over all 14 points: mean 614 / 1400 = 43.9%, sigma 5.0%, so 2 sigma 53.8%, 3 sigma 58.7%:
        // 55% and 58% are two of three near the upper limit, 61% is beyond it: 3 months of improvement.
        Assert.Equal(
            "Depression screening rose from 36% in the 3 months before to 58% during the cycle; the 70% prediction was not met; "
            + "3 months within the cycle show special-cause improvement.",
            findings.Sentence);
        Assert.Equal(0.36, findings.Before!.Value, 10);
        Assert.Equal(0.58, findings.During!.Value, 10);
        Assert.False(findings.PredictionMet);
        Assert.Equal(3, findings.Improvement);
        Assert.Equal(0, findings.Concern);
    }

    [Fact]
    public void Study_EdRateCycleStillRunning_SaysFallMetSoFarAndNoSignal()
    {
        // 5 months per 1,000 patients: a run chart, which has no limits and too few points for a shift or trend.
        var rows = Rows.Series("ed_visits", "N2", new Month(2025, 1), 1000, [30, 30, 30, 20, 20]);
        var series = SeriesAnalyzer.Analyse(MeasureDisplay.For("ed_visits"), N2, rows);
        var cycle = new PdsaCycle("N2-2", ["N2"], "ed_visits", "Same-day BH slots", new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30), 0.025);

        var findings = PdsaStudy.Study(cycle, [series]);

        // Before: 90 / 3,000 = 30.0 per 1,000 patient-months = 360.0 per 1,000 patients a year; during so far (04..05):
        // 40 / 2,000 = 20.0, 240.0 a year; the prediction 0.025 a patient-month = 300.0 a year, at most: met.
        Assert.Equal(
            "ED visits fell from 360.0 per 1,000 patients a year in the 3 months before to 240.0 per 1,000 patients a year during the cycle so far; "
            + "the prediction of 300.0 per 1,000 patients a year is met so far; no month within the cycle shows special-cause variation.",
            findings.Sentence);
        Assert.True(findings.PredictionMet);
    }

    [Fact]
    public void Study_CycleAfterTheData_SaysNotStarted()
    {
        var series = SeriesAnalyzer.Analyse(MeasureDisplay.For("depression_screening"), N2, Rows.Series("depression_screening", "N2", new Month(2024, 1), 100, Screened));
        var cycle = new PdsaCycle("N2-3", ["N2"], "depression_screening", "Later idea", new DateOnly(2025, 5, 1), new DateOnly(2025, 6, 30), null);

        var findings = PdsaStudy.Study(cycle, [series]);

        Assert.Equal("The cycle has not started yet in the data (it starts 2025-05-01).", findings.Sentence);
        Assert.Null(findings.During);
    }

    [Fact]
    public void Study_PendingMonthInCycleAndNoPrediction_SaysProvisional()
    {
        var rows = Rows.Series("depression_screening", KpiRow.Network, new Month(2024, 1), 100, [40, 40, 40, 50], pendingLast: 1);
        var network = new ReportClinic(KpiRow.Network, "All clinics (network)", Pilot: false, GoLive: null);
        var series = SeriesAnalyzer.Analyse(MeasureDisplay.For("depression_screening"), network, rows);
        var cycle = new PdsaCycle("ALL-1", [KpiRow.Network], "depression_screening", "Network idea", new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 30), null);

        var findings = PdsaStudy.Study(cycle, [series]);

        Assert.Equal(
            "Depression screening rose from 40% in the 3 months before to 50% during the cycle (1 month pending, provisional); "
            + "no prediction was recorded; no month within the cycle shows special-cause variation.",
            findings.Sentence);
    }
}
