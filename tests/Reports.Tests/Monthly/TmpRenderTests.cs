using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Charts;
using QiPipeline.Reports.Monthly;
using QiPipeline.Reports.Tests.Support;

namespace QiPipeline.Reports.Tests.Monthly;

public sealed class TmpRenderTests
{
    [Fact]
    public void Render()
    {
        var pilot = new ReportClinic("N1", "North Family Health", Pilot: true, new DateOnly(2024, 7, 1));
        double[] screened = [30, 32, 28, 30, 34, 26, 42, 55, 64, 71, 70, 72, 69, 73, 71, 70, 72, 74, 71, 73, 72, 60];
        var s = SeriesAnalyzer.Analyse(MeasureDisplay.For("depression_screening"), pilot, Rows.Series("depression_screening", "N1", new Month(2024, 1), 100, screened, pendingLast: 1));
        var cycle = new PdsaCycle("C1", ["N1"], "depression_screening", "x", new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), 0.75);
        File.WriteAllBytes("/tmp/chart-a.png", SpcChartRenderer.Render(s, [cycle], new DateOnly(2025, 10, 31)));
        double[] low = [1, 0, 2, 1, 3, 0, 1, 2, 2, 1, 0, 3, 2, 1, 2, 3, 1, 2, 2, 1, 0, 1];
        var l = SeriesAnalyzer.Analyse(MeasureDisplay.For("phq9_remission_12m"), new ReportClinic("E1", "East", false, null), Rows.Series("phq9_remission_12m", "E1", new Month(2024, 1), 6, low, pendingLast: 2));
        File.WriteAllBytes("/tmp/chart-b.png", SpcChartRenderer.Render(l, [], new DateOnly(2025, 10, 31)));
    }
}
