using DocumentFormat.OpenXml.Packaging;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Tests.Support;
using QiPipeline.Reports.Value;
using QiPipeline.TestSupport;

namespace QiPipeline.Reports.Tests.Value;

/// <summary>
/// A two-pilot network built by hand: A goes live 2024-04-01, B 2024-05-01, C is the comparison clinic;
/// 2024-01..08, three-month periods. Depression screening: A 40 a month screening 15, 5, 15 then 20; B 50 a
/// month screening 15, 12, 15, 15 then 25; C 20 of 60 throughout. A's February (5) is a small cell and B's
/// February (12, smaller than C's 20) hides with it, so neither pilot's own before period can be shown; the
/// pilot clinics pooled can, since February's network total less C's gives the two together anyway.
/// </summary>
public sealed class ExecutiveSummaryTests : IDisposable
{
    private const string Sheet = "Executive summary";
    private static readonly Month First = new(2024, 1);
    private static readonly string[] Markers = ["<11", "[c]"];

    private readonly TempDirectory _folder = new("qi-summary");

    [Fact]
    public async Task WriteAsync_TwoPilots_PoolsEachOnItsOwnGoLiveAgainstTheComparison()
    {
        using var workbook = new WorkbookReader(await WriteAsync());

        Assert.Equal(Sheet, workbook.SheetNames[0]);
        Assert.Equal("Depression screening", workbook.Text(Sheet, "A5"));

        // Pilots before: A 2024-01..03 (15 + 5 + 15 of 120) and B 2024-02..04 (12 + 15 + 15 of 150) = 77 of 270;
        // after: A 2024-04..06 (60 of 120) and B 2024-05..07 (75 of 150) = 135 of 270.
        Assert.Equal(77.0 / 270, workbook.Number(Sheet, "C5"), 10);
        Assert.Equal(0.5, workbook.Number(Sheet, "D5"), 10);
        Assert.Equal((0.5 - (77.0 / 270)) * 100, workbook.Number(Sheet, "E5"), 10);

        // Comparison: C over the first go-live's periods, 60 of 180 before and after: no change.
        Assert.Equal(1.0 / 3, workbook.Number(Sheet, "F5"), 10);
        Assert.Equal(1.0 / 3, workbook.Number(Sheet, "G5"), 10);
        Assert.Equal(0, workbook.Number(Sheet, "H5"), 10);

        // Against comparison: 21.5 pp - 0 pp, in percentage points.
        Assert.Equal((0.5 - (77.0 / 270)) * 100, workbook.Number(Sheet, "I5"), 10);
        Assert.Equal(CellFormats.PercentagePoints, workbook.NumberFormat(Sheet, "I5"));
        Assert.Equal("improved beyond chance", workbook.Text(Sheet, "K5"));

        // ED visits: 30 per 1,000 patient-months everywhere = 360 per 1,000 patients per year.
        Assert.Equal("ED visits", workbook.Text(Sheet, "A6"));
        Assert.Equal("per 1,000 patients per year", workbook.Text(Sheet, "B6"));
        Assert.Equal(360, workbook.Number(Sheet, "C6"), 10);
        Assert.Equal(360, workbook.Number(Sheet, "G6"), 10);
    }

    [Fact]
    public async Task WriteAsync_SmallCellsInEachPilot_TheClinicsAreSuppressedButTheirPoolIsShown()
    {
        using var workbook = new WorkbookReader(await WriteAsync());

        // Headlines rows: A (4), B (5), the pilot clinics (6), the comparison clinics (7).
        Assert.Equal("A", workbook.Text("Headlines", "B4"));
        Assert.Contains(workbook.Text("Headlines", "G4"), Markers);
        Assert.Contains(workbook.Text("Headlines", "G5"), Markers);
        Assert.Equal("PILOTS", workbook.Text("Headlines", "B6"));
        Assert.Equal(77, workbook.Number("Headlines", "G6"));
        Assert.Equal(270, workbook.Number("Headlines", "H6"));
        Assert.Equal("COMPARISON", workbook.Text("Headlines", "B7"));
        Assert.Equal(60, workbook.Number("Headlines", "G7"));

        var notes = workbook.Part(Sheet).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()
            .Where(c => c.CellValue is not null && c.CellReference!.Value!.StartsWith('B'))
            .Select(c => workbook.Text(Sheet, c.CellReference!.Value!) ?? "").ToList();
        Assert.Contains(notes, t => t.Contains("numerators and denominators in this workbook", StringComparison.Ordinal) && t.Contains("are suppressed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_TwoPilots_NoSuppressedCountIsDisclosedWithThePools()
    {
        var audit = new LinearAudit();

        ValueWorkbookAudit.Read(audit, await WriteAsync(), distinct: null);

        Assert.NotEmpty(audit.HiddenKeys);
        Assert.Empty(audit.Disclosures());
    }

    [Fact]
    public async Task WriteAsync_Summary_HasFourNativeChartsOnTheTableCells()
    {
        var path = await WriteAsync();
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == Sheet);
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);

        var charts = part.DrawingsPart!.ChartParts.Select(c => c.ChartSpace.OuterXml).ToList();

        Assert.Equal(4, charts.Count);
        Assert.Contains("'Executive summary'!$A$5:$A$5", charts[0], StringComparison.Ordinal);
        Assert.Contains("'Executive summary'!$C$5:$C$5", charts[0], StringComparison.Ordinal);
        Assert.Contains("'Executive summary'!$D$5:$D$5", charts[0], StringComparison.Ordinal);
        Assert.Contains("'Executive summary'!$G$5:$G$5", charts[1], StringComparison.Ordinal);
        Assert.Contains("'Executive summary'!$I$5:$I$5", charts[2], StringComparison.Ordinal);
        Assert.Contains("'Executive summary'!$A$6:$A$6", charts[3], StringComparison.Ordinal);
        Assert.Contains("'Executive summary'!$F$6:$F$6", charts[3], StringComparison.Ordinal);
        Assert.Contains("ED visits per 1,000 patients per year", charts[3], StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static List<KpiRow> Rows()
    {
        List<KpiRow> rows =
        [
            .. Support.Rows.Series("depression_screening", "A", First, 40, [15, 5, 15, 20, 20, 20, 20, 20]),
            .. Support.Rows.Series("depression_screening", "B", First, 50, [15, 12, 15, 15, 25, 25, 25, 25]),
            .. Support.Rows.Series("depression_screening", "C", First, 60, [20, 20, 20, 20, 20, 20, 20, 20]),
            .. Support.Rows.Series("ed_visits", "A", First, 1000, [30, 30, 30, 30, 30, 30, 30, 30]),
            .. Support.Rows.Series("ed_visits", "B", First, 1000, [30, 30, 30, 30, 30, 30, 30, 30]),
            .. Support.Rows.Series("ed_visits", "C", First, 1000, [30, 30, 30, 30, 30, 30, 30, 30]),
        ];
        rows.AddRange(rows.GroupBy(r => (r.MeasureId, r.Period)).Select(g => g.First() with
        {
            ClinicId = KpiRow.Network,
            Numerator = g.Sum(r => r.Numerator),
            Denominator = g.Sum(r => r.Denominator),
        }).ToList());
        return rows;
    }

    private Task<string> WriteAsync() =>
        ValueWorkbook.WriteAsync(
            _folder.Path, new DateOnly(2024, 9, 15), Rows(),
            [new ReportClinic("A", "Clinic A", true, new DateOnly(2024, 4, 1)), new ReportClinic("B", "Clinic B", true, new DateOnly(2024, 5, 1)), new ReportClinic("C", "Clinic C", false, null)],
            new ValueOptions(PeriodMonths: 3), CancellationToken.None);
}
