using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Tests.Support;
using QiPipeline.TestSupport;

namespace QiPipeline.Reports.Tests.Monthly;

/// <summary>
/// A 14-month series for one pilot clinic (go-live 2024-07-01, the last month pending), read back with the
/// Open XML SDK. Expected values are worked out by hand from the rows below.
/// </summary>
public sealed class MonthlyWorkbookTests : IDisposable
{
    private static readonly Month First = new(2024, 1);

    // Screening out of 100 a month: 6 months before go-live, 8 after (the last pending).
    private static readonly double[] Screened = [30, 32, 28, 30, 34, 26, 50, 52, 55, 53, 56, 54, 58, 40];

    private readonly TempDirectory _folder = new("qi-reports");

    [Fact]
    public async Task WriteAsync_SmallSeries_HasSummaryAndOneSheetPerMeasureWithTheBanner()
    {
        using var workbook = new WorkbookReader(await WriteAsync());

        // Measure sheets are named by the catalog's display names; the ids stay in Definitions.
        Assert.Equal(["Summary", "Depression screening", "ED visits", "PDSA cycles", "Equity", "Action lists", "Data quality", "Definitions"], workbook.SheetNames);
        Assert.All(workbook.SheetNames, s => Assert.StartsWith("INTERNAL", workbook.Text(s, "A1"), StringComparison.Ordinal));
        Assert.Contains("patient-level data", workbook.Text("Summary", "A1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_PilotClinic_SummaryShowsLatestFinalMonthAgainstPreGoLiveMedian()
    {
        using var workbook = new WorkbookReader(await WriteAsync());

        // Row 4: depression screening at N1. Latest final month 2025-01 (58/100); 2025-02 is pending.
        Assert.Equal("Depression screening", workbook.Text("Summary", "A4"));
        Assert.Equal("N1", workbook.Text("Summary", "B4"));
        Assert.Equal(new DateTime(2025, 1, 1).ToOADate(), workbook.Number("Summary", "F4"));
        Assert.Equal(0.58, workbook.Number("Summary", "G4"), 10);
        Assert.Equal(100, workbook.Number("Summary", "H4"));

        // Before go-live: 0.26 0.28 0.30 0.30 0.32 0.34, median 0.30 of 100 a month; change 0.28 = 28 percentage points.
        Assert.Equal(0.30, workbook.Number("Summary", "I4"), 10);
        Assert.Equal(100, workbook.Number("Summary", "J4"));
        Assert.Equal(28, workbook.Number("Summary", "K4"), 10);
        Assert.Equal(CellFormats.PercentagePoints, workbook.NumberFormat("Summary", "K4"));
        Assert.Equal("1 pending: 2025-02", workbook.Text("Summary", "P4"));

        // Row 5: the network, no go-live: median of the first 12 months = (0.34 + 0.50) / 2.
        Assert.Equal("ALL", workbook.Text("Summary", "B5"));
        Assert.Equal(0.42, workbook.Number("Summary", "I5"), 10);

        // Row 6: ED visits: 4 visits per 200 patient-months = 0.02 a patient-month = 240 per 1,000 patients per year.
        Assert.Equal("ED visits", workbook.Text("Summary", "A6"));
        Assert.Equal(240, workbook.Number("Summary", "G6"), 10);
        Assert.Equal("per 1,000 a year", workbook.Text("Summary", "E6"));
    }

    [Fact]
    public async Task WriteAsync_PilotClinic_TheThreeRampMonthsAreTheirOwnPhaseAndPartTwoStartsAfterThem()
    {
        using var workbook = new WorkbookReader(await WriteAsync());

        // Go-live 2024-07-01, rampMonths 3 (the default): 2024-07..2024-09 (rows 11-13) are ramp, not judged,
        // with no limits; 2024-10 (row 14) starts part 2.
        const string Sheet = "Depression screening";
        Assert.All(Enumerable.Range(11, 3), r =>
        {
            Assert.Equal("ramp", workbook.Text(Sheet, $"H{r}"));
            Assert.Equal("go-live ramp: not judged", workbook.Text(Sheet, $"J{r}"));
            Assert.True(string.IsNullOrEmpty(workbook.Text(Sheet, $"F{r}")));
        });
        Assert.Equal(1, workbook.Number(Sheet, "H10"));
        Assert.Equal(2, workbook.Number(Sheet, "H14"));
    }

    [Fact]
    public async Task WriteAsync_MeasureSheet_HasTheDataTableAndAChartPerClinic()
    {
        using var workbook = new WorkbookReader(await WriteAsync());

        Assert.Equal("Period", workbook.Text("Depression screening", "A3"));
        Assert.StartsWith("North Family Medicine (N1)", workbook.Text("Depression screening", "A4"), StringComparison.Ordinal);
        Assert.Equal(new DateTime(2024, 1, 1).ToOADate(), workbook.Number("Depression screening", "A5"));
        Assert.Equal(30, workbook.Number("Depression screening", "B5"));
        Assert.Equal(100, workbook.Number("Depression screening", "C5"));
        Assert.Equal(0.30, workbook.Number("Depression screening", "D5"), 10);
        Assert.Equal("pending", workbook.Text("Depression screening", "I18"));
        Assert.Equal("pending: not judged", workbook.Text("Depression screening", "J18"));
        foreach (var sheet in new[] { "Depression screening", "ED visits" })
        {
            var drawings = workbook.Part(sheet).DrawingsPart;
            Assert.NotNull(drawings);
            Assert.Equal(2, drawings.ImageParts.Count());
            Assert.All(drawings.ImageParts, i => Assert.Equal("image/png", i.ContentType));
        }
    }

    [Fact]
    public async Task WriteAsync_SummaryOnly_HasNoDrawing()
    {
        using var workbook = new WorkbookReader(await WriteAsync());

        Assert.Null(workbook.Part("Summary").DrawingsPart);
    }

    [Fact]
    public async Task WriteAsync_ClinicWithNoUnits_SaysNoDataWithNoReadingAndNoChart()
    {
        var rows = Rows.Series("depression_screening", "N1", First, 100, Screened);
        rows.AddRange(Rows.Series("depression_screening", "S1", First, 0, new double[Screened.Length]));
        ReportClinic[] clinics = [new("N1", "North", Pilot: false, GoLive: null), new("S1", "South", Pilot: false, GoLive: null)];

        using var workbook = new WorkbookReader(await MonthlyWorkbook.WriteAsync(_folder.Path, new Month(2025, 2), rows, clinics, [], CancellationToken.None));

        // Row 5: South, no patient in any month: "no data", never 0%, no icon, one chart only (North's).
        Assert.Equal("S1", workbook.Text("Summary", "B5"));
        Assert.Equal("no data", workbook.Text("Summary", "G5"));
        Assert.Equal("– no data", workbook.Text("Summary", "M5"));
        Assert.Null(workbook.Fill("Summary", "M5"));
        Assert.Single(workbook.Part("Depression screening").DrawingsPart!.ImageParts);
    }

    public void Dispose() => _folder.Dispose();

    private async Task<string> WriteAsync()
    {
        var rows = new List<KpiRow>();
        rows.AddRange(Rows.Series("depression_screening", "N1", First, 100, Screened, pendingLast: 1));
        rows.AddRange(Rows.Series("depression_screening", KpiRow.Network, First, 100, Screened, pendingLast: 1));
        var visits = Enumerable.Repeat(4.0, Screened.Length).ToArray();
        rows.AddRange(Rows.Series("ed_visits", "N1", First, 200, visits));
        rows.AddRange(Rows.Series("ed_visits", KpiRow.Network, First, 200, visits));
        rows.Add(new KpiRow("ed_visits", "N1", First, "sex", "F", 3, 100, false, null));
        var clinics = new[] { new ReportClinic("N1", "North Family Medicine", Pilot: true, new DateOnly(2024, 7, 1)) };
        var cycles = new[] { new PdsaCycle("N1-1", ["N1"], "depression_screening", "PHQ-2 at rooming", new DateOnly(2024, 7, 8), new DateOnly(2024, 8, 31), 0.6) };

        var path = await MonthlyWorkbook.WriteAsync(_folder.Path, new Month(2025, 2), rows, clinics, cycles, CancellationToken.None);

        Assert.Equal(_folder.File("qi-monthly-2025-02.xlsx"), path);
        return path;
    }
}
