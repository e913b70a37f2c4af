using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Spreadsheet;
using QiPipeline.Metrics.Comparisons;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Tests.Support;
using QiPipeline.Reports.Value;
using QiPipeline.TestSupport;

namespace QiPipeline.Reports.Tests.Value;

/// <summary>
/// Two clinics over six months, N1 a pilot going live on 2024-04-01, N2 the comparison, and the network row
/// as their sum; read back with the Open XML SDK. Expected values are worked out by hand from the rows.
/// </summary>
public sealed class ValueWorkbookTests : IDisposable
{
    private static readonly Month First = new(2024, 1);
    private static readonly DateOnly AsOf = new(2024, 7, 15);

    private readonly TempDirectory _folder = new("qi-value");

    [Fact]
    public void FileName_Month_IsQiValueYearMonth() => Assert.Equal("qi-value-2024-07.xlsx", ValueWorkbook.FileName(Month.Of(AsOf)));

    [Fact]
    public async Task WriteAsync_TwoClinics_HasTheFourSheetsWithTheAggregateBanner()
    {
        using var workbook = new WorkbookReader(await WriteAsync(Screening()));

        Assert.Equal(["Executive summary", "Headlines", "Monthly", "Methods"], workbook.SheetNames);
        Assert.All(workbook.SheetNames, s => Assert.StartsWith("AGGREGATE DATA ONLY", workbook.Text(s, "A1"), StringComparison.Ordinal));
        Assert.Contains("shown as <11", workbook.Text("Monthly", "A1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_PilotClinic_HeadlinePoolsTheMonthsBeforeAndAfterGoLive()
    {
        using var workbook = new WorkbookReader(await WriteAsync(Screening()));

        // Row 4: depression screening at N1. Before 2024-01..03: 90/300; after 2024-04..06: 150/300.
        Assert.Equal("Depression screening", workbook.Text("Headlines", "A4"));
        Assert.Equal("N1", workbook.Text("Headlines", "B4"));
        Assert.Equal("2024-01 to 2024-03 (3 months)", workbook.Text("Headlines", "F4"));
        Assert.Equal(90, workbook.Number("Headlines", "G4"));
        Assert.Equal(300, workbook.Number("Headlines", "H4"));
        Assert.Equal(0.30, workbook.Number("Headlines", "I4"), 10);
        Assert.Equal(150, workbook.Number("Headlines", "K4"));
        Assert.Equal(0.50, workbook.Number("Headlines", "M4"), 10);
        // The change in percentage points: the cell holds points (+20.0 pp), not a fraction.
        var expected = Newcombe.Difference(new Proportion(150, 300), new Proportion(90, 300));
        Assert.Equal(20, workbook.Number("Headlines", "N4"), 10);
        Assert.Equal(expected.Lower * 100, workbook.Number("Headlines", "O4"), 10);
        Assert.Equal(expected.Upper * 100, workbook.Number("Headlines", "P4"), 10);
        Assert.Equal(CellFormats.PercentagePoints, workbook.NumberFormat("Headlines", "N4"));

        // Row 5: the pilot clinics together (N1 alone here); row 6: the comparison clinics (N2 at 20/40 a
        // month), not mixed into the pilots' before and after as a network row would be.
        Assert.Equal("PILOTS", workbook.Text("Headlines", "B5"));
        Assert.Equal(90, workbook.Number("Headlines", "G5"));
        Assert.Equal(300, workbook.Number("Headlines", "H5"));
        Assert.Equal("COMPARISON", workbook.Text("Headlines", "B6"));
        Assert.Equal(60, workbook.Number("Headlines", "G6"));
        Assert.Equal(120, workbook.Number("Headlines", "H6"));
        Assert.Equal(60, workbook.Number("Headlines", "K6"));
    }

    [Fact]
    public async Task WriteAsync_AvoidableEdVisitsWithACost_ShowsVisitsAvoidedAndSavings()
    {
        var rows = Screening();
        rows.AddRange(Support.Rows.Series("avoidable_ed_visits", "N1", First, 1000, [30, 30, 30, 20, 20, 20]));
        rows.AddRange(Support.Rows.Series("avoidable_ed_visits", "ALL", First, 1000, [30, 30, 30, 20, 20, 20]));

        using var workbook = new WorkbookReader(await WriteAsync(rows, new ValueOptions(AvoidableEdVisitCost: 500, PeriodMonths: 3)));

        // Rows 4-6 are screening (N1, pilots, comparison); row 7: N1's avoidable ED visits, 30 per 1,000
        // patient-months before (360 per 1,000 patients per year), 20 after (240); 90/3000 * 3000 - 60 = 30
        // visits avoided, 15,000 saved.
        Assert.Equal("Avoidable ED visits", workbook.Text("Headlines", "A7"));
        Assert.Equal("per 1,000 patients per year", workbook.Text("Headlines", "E7"));
        Assert.Equal(90, workbook.Number("Headlines", "G7"));
        Assert.Equal("#,##0", workbook.NumberFormat("Headlines", "G7"));
        Assert.Equal(360, workbook.Number("Headlines", "I7"), 10);
        Assert.Equal(240, workbook.Number("Headlines", "M7"), 10);
        Assert.Equal(30, workbook.Number("Headlines", "R7"), 10);
        Assert.Equal(15_000, workbook.Number("Headlines", "S7"), 10);
        Assert.Equal("Estimated savings", workbook.Text("Headlines", "S3"));
    }

    [Fact]
    public async Task WriteAsync_NoCost_HasNoSavingsColumn()
    {
        using var workbook = new WorkbookReader(await WriteAsync(Screening()));

        Assert.Null(workbook.Text("Headlines", "S3"));
    }

    [Fact]
    public async Task WriteAsync_SmallClinicCell_ShowsTheMarkerAndHidesTheComplementaryClinic()
    {
        var rows = Screening();
        var small = rows.FindIndex(r => r.ClinicId == "N2" && r.Period == First.Plus(2));
        rows[small] = rows[small] with { Numerator = 5 };
        var network = rows.FindIndex(r => r.ClinicId == "ALL" && r.Period == First.Plus(2));
        rows[network] = rows[network] with { Numerator = 35 };

        using var workbook = new WorkbookReader(await WriteAsync(rows));

        // Monthly rows 4-9 are N1, 10-15 N2, 16-21 ALL; row 12 is N2 2024-03.
        Assert.Equal("N2", workbook.Text("Monthly", "B12"));
        Assert.Equal("<11", workbook.Text("Monthly", "F12"));
        Assert.Equal("<11", workbook.Text("Monthly", "H12"));
        Assert.Equal(40, workbook.Number("Monthly", "G12"));

        // ALL 2024-03 = 35 is shown, so N1's 30 would give the 5 away: it is hidden too, marked as protecting
        // another count (it is not small).
        Assert.Equal("[c]", workbook.Text("Monthly", "F6"));
        Assert.Equal(35, workbook.Number("Monthly", "F18"));
        Assert.All(CellTexts(workbook, "Monthly"), t => Assert.False(double.TryParse(t, out var v) && v is >= 1 and <= 10, t));
    }

    [Fact]
    public async Task WriteAsync_DefaultSixMonthPeriods_ABeforeOutsideTheRunNamesItsMonthsOnly()
    {
        // Go-live 2024-04: Before is 2023-10..2024-03 (fixed by the go-live), of which the run holds 3 months.
        using var workbook = new WorkbookReader(await WriteAsync(Screening(), new ValueOptions()));

        Assert.Equal("2023-10 to 2024-03 (not complete: 3 of 6 months final in this run)", workbook.Text("Headlines", "F4"));
        Assert.Null(workbook.Text("Headlines", "G4"));
        Assert.Null(workbook.Text("Headlines", "N4"));
        Assert.Equal("2024-04 to 2024-09 (not complete: 3 of 6 months final in this run)", workbook.Text("Headlines", "J4"));
    }

    [Fact]
    public async Task WriteAsync_AnyWorkbook_NoCellLooksLikeAPatientId()
    {
        using var workbook = new WorkbookReader(await WriteAsync(Screening()));

        var texts = workbook.SheetNames.SelectMany(s => CellTexts(workbook, s)).ToList();

        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, t => t.Contains("patient id", StringComparison.OrdinalIgnoreCase) || t.Contains("patient_id", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(texts, t => Regex.IsMatch(t, @"^[A-Za-z]+-?\d{3,}$"));
    }

    [Fact]
    public async Task WriteAsync_Methods_StatesTheAsOfDateAndSuppression()
    {
        using var workbook = new WorkbookReader(await WriteAsync(Screening()));

        var texts = CellTexts(workbook, "Methods").ToList();

        Assert.Contains(texts, t => t.StartsWith("2024-07-15", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("no count from 1 to 10 is shown", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>N1 screens 30 of 100 a month before go-live and 50 after; N2 20 of 40 throughout; ALL is their sum.</summary>
    private static List<KpiRow> Screening() =>
    [
        .. Support.Rows.Series("depression_screening", "N1", First, 100, [30, 30, 30, 50, 50, 50]),
        .. Support.Rows.Series("depression_screening", "N2", First, 40, [20, 20, 20, 20, 20, 20]),
        .. Support.Rows.Series("depression_screening", "ALL", First, 140, [50, 50, 50, 70, 70, 70]),
    ];

    private static List<string> CellTexts(WorkbookReader workbook, string sheet) =>
        workbook.Part(sheet).Worksheet.Descendants<Cell>()
            .Where(c => c.CellValue is not null || c.InlineString is not null)
            .Select(c => workbook.Text(sheet, c.CellReference!.Value!))
            .OfType<string>()
            .ToList();

    private Task<string> WriteAsync(List<KpiRow> rows, ValueOptions? options = null) =>
        ValueWorkbook.WriteAsync(
            _folder.Path, AsOf, rows, [new ReportClinic("N1", "North One", Pilot: true, new DateOnly(2024, 4, 1)), new ReportClinic("N2", "North Two", false, null)],
            options ?? new ValueOptions(PeriodMonths: 3), CancellationToken.None);
}
