using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Tests.Support;
using QiPipeline.TestSupport;

namespace QiPipeline.Reports.Tests.Monthly;

/// <summary>Targets on the Summary (with the assurance icon) and the chart files for slides.</summary>
public sealed class MonthlyOptionsTests : IDisposable
{
    // A stable p chart: mean 35.5% of 100, limits 0.355 ± 3·sqrt(0.355 · 0.645 / 100) = 21.1% to 49.9%.
    private static readonly double[] Screened = [35, 36, 34, 37, 35, 36, 35, 36, 37, 34, 36, 35, 36, 35];

    private static readonly Month Report = new(2025, 2);

    private readonly TempDirectory _folder = new("qi-options");

    [Theory]
    [InlineData(0.8, "✘ will miss target")] // above the upper limit of a measure that should rise
    [InlineData(0.1, "✔ will meet target")] // below the lower limit
    [InlineData(0.4, "? hit and miss")] // between the limits
    public async Task WriteAsync_Target_SummaryShowsItWithTheAssuranceIcon(double target, string icon)
    {
        var options = new MonthlyOptions(new Dictionary<string, double> { ["depression_screening"] = target }, null);

        using var workbook = new WorkbookReader(await WriteAsync(options));

        Assert.Equal("Target", workbook.Text("Summary", "N3"));
        Assert.Equal(target, workbook.Number("Summary", "N4"), 10);
        Assert.Equal(icon, workbook.Text("Summary", "O4"));
    }

    [Fact]
    public async Task WriteAsync_NoTarget_SummarySaysSo()
    {
        using var workbook = new WorkbookReader(await WriteAsync(null));

        Assert.Null(workbook.Text("Summary", "N4"));
        Assert.Equal("– no target set", workbook.Text("Summary", "O4"));
    }

    [Fact]
    public async Task WriteAsync_TargetOnARunChart_SaysThereAreNoLimitsToJudgeNotThatNoTargetIsSet()
    {
        // Eight months: a run chart (docs/spc.md, fewer than 12 points), which has no limits, so no assurance.
        var options = new MonthlyOptions(new Dictionary<string, double> { ["depression_screening"] = 0.8 }, null);

        using var workbook = new WorkbookReader(await WriteAsync(options, Screened[..8]));

        Assert.Equal(0.8, workbook.Number("Summary", "N4"), 10);
        Assert.Equal("– no limits to judge", workbook.Text("Summary", "O4"));
    }

    [Fact]
    public async Task WriteAsync_ChartsFolder_WritesEveryChartAsAPngNamedByMonthMeasureAndClinic()
    {
        var charts = _folder.File("charts");

        await WriteAsync(new MonthlyOptions(MonthlyOptions.None.Targets, charts));

        var file = Assert.Single(Directory.GetFiles(charts, "*", SearchOption.AllDirectories));
        Assert.Equal(Path.Combine(charts, "2025-02", "depression_screening-N1.png"), file);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, (await File.ReadAllBytesAsync(file))[..8]);
    }

    public void Dispose() => _folder.Dispose();

    private async Task<string> WriteAsync(MonthlyOptions? options, double[]? screened = null)
    {
        screened ??= Screened;
        var rows = Rows.Series("depression_screening", "N1", Report.Plus(-(screened.Length - 1)), 100, screened);
        var clinics = new[] { new ReportClinic("N1", "North Family Medicine", Pilot: false, GoLive: null) };
        return await MonthlyWorkbook.WriteAsync(_folder.File("reports"), Report, rows, clinics, [], CancellationToken.None, options: options);
    }
}
