using DocumentFormat.OpenXml.Packaging;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Pilot;
using QiPipeline.Reports.Tests.Support;
using QiPipeline.TestSupport;

namespace QiPipeline.Reports.Tests.Pilot;

/// <summary>
/// A deck with known before/after counts: N1 a pilot going live on 2024-03-01, E1 the comparison clinic,
/// months 2024-01 to 2024-05 with 2024-05 pending. The pilot's screening is Newcombe 1998's Table II
/// example (a), so its difference and interval are the published ones; the rest is worked out by hand below.
/// </summary>
public sealed class PilotWorkbookTests : IDisposable
{
    private const string Readings = "N1 North One";
    private const string Sheet = "N1 statistics";
    private static readonly Month First = new(2024, 1);
    private static readonly DateOnly AsOf = new(2024, 5, 20);
    private static readonly ReportClinic Pilot = new("N1", "North One", Pilot: true, new DateOnly(2024, 3, 1));
    private static readonly ReportClinic Comparison = new("E1", "East One", Pilot: false, null);

    private readonly TempDirectory _folder = new("qi-pilot");

    [Fact]
    public void FileName_Month_IsQiPilotYearMonth() => Assert.Equal("qi-pilot-2024-05.xlsx", PilotWorkbook.FileName(Month.Of(AsOf)));

    [Fact]
    public async Task WriteAsync_OnePilot_HasItsReadingsThenStatisticsThenAbout_EachWithTheAggregateBanner()
    {
        using var workbook = new WorkbookReader(await WriteAsync(Deck(), [Pilot, Comparison]));

        Assert.Equal([Readings, Sheet, "About"], workbook.SheetNames);
        Assert.All(workbook.SheetNames, s => Assert.StartsWith("AGGREGATES ONLY", workbook.Text(s, "A1"), StringComparison.Ordinal));
        Assert.Equal("Measure", workbook.Text(Sheet, "A3"));
    }

    [Fact]
    public async Task WriteAsync_ScreeningDeck_ChangeIsNewcombeTableIIExampleA()
    {
        using var workbook = new WorkbookReader(await WriteAsync(Deck(), [Pilot, Comparison]));

        // Row 4: depression screening. Before 2024-01..02: 24/40 twice = 48/80; after 2024-03..04: 28/35 twice = 56/70;
        // the pending 2024-05 (1/35) is in neither.
        Assert.Equal("Depression screening", workbook.Text(Sheet, "A4"));
        Assert.Equal("2024-01 to 2024-02 (2 months)", workbook.Text(Sheet, "C4"));
        Assert.Equal(48, workbook.Number(Sheet, "D4"));
        Assert.Equal(80, workbook.Number(Sheet, "E4"));
        Assert.Equal(0.60, workbook.Number(Sheet, "F4"), 10);
        Assert.Equal("2024-03 to 2024-04 (2 months)", workbook.Text(Sheet, "I4"));
        Assert.Equal(56, workbook.Number(Sheet, "J4"));
        Assert.Equal(70, workbook.Number(Sheet, "K4"));
        Assert.Equal(0.80, workbook.Number(Sheet, "L4"), 10);

        // Wilson by hand, z = 1.959964, z² = 3.841459: 48/80 gives (2·48 + z² ∓ z·sqrt(z² + 4·80·0.6·0.4)) / (2·(80 + z²))
        // = (99.8415 ∓ 17.6006) / 167.6829 = 0.4905 to 0.7004; 56/70 likewise 0.6918 to 0.8770.
        Assert.Equal(0.4905, workbook.Number(Sheet, "G4"), 4);
        Assert.Equal(0.7004, workbook.Number(Sheet, "H4"), 4);
        Assert.Equal(0.6918, workbook.Number(Sheet, "M4"), 4);
        Assert.Equal(0.8770, workbook.Number(Sheet, "N4"), 4);

        // Newcombe 1998 (Stat Med 17: 873-890) Table II (a): 56/70 - 48/80 = 0.2000, method 10: 0.0524 to 0.3339;
        // in percentage points (the cell holds points).
        Assert.Equal(20.00, workbook.Number(Sheet, "O4"), 2);
        Assert.Equal(5.24, workbook.Number(Sheet, "P4"), 2);
        Assert.Equal(33.39, workbook.Number(Sheet, "Q4"), 2);
        Assert.Equal("improved beyond chance", workbook.Text(Sheet, "S4"));
    }

    [Fact]
    public async Task WriteAsync_ScreeningDeck_DifferenceInDifferencesAgainstTheComparisonClinic()
    {
        using var workbook = new WorkbookReader(await WriteAsync(Deck(), [Pilot, Comparison]));

        // E1 over the same months: 40/80 before, 42/70 after, a change of 0.1 with Newcombe's interval
        // -0.0586 to 0.2511 (the Wilson limits 0.3930-0.6070 and 0.4829-0.7067 combined as in method 10).
        // Square-and-add: 0.2 - 0.1 = 0.1, low 0.1 - sqrt((0.2 - 0.0524)² + (0.2511 - 0.1)²) = -0.1112,
        // high 0.1 + sqrt((0.3339 - 0.2)² + (0.1 + 0.0586)²) = 0.3076.
        Assert.Equal(0.50, workbook.Number(Sheet, "T4"), 10);
        Assert.Equal(0.60, workbook.Number(Sheet, "U4"), 10);
        Assert.Equal(10.00, workbook.Number(Sheet, "V4"), 2);
        Assert.Equal(-11.12, workbook.Number(Sheet, "W4"), 2);
        Assert.Equal(30.76, workbook.Number(Sheet, "X4"), 2);
        Assert.Equal("no change beyond chance", workbook.Text(Sheet, "Z4"));
    }

    [Fact]
    public async Task WriteAsync_EdRateDeck_RateRatioAndRatioOfRateRatios()
    {
        using var workbook = new WorkbookReader(await WriteAsync(Deck(), [Pilot, Comparison]));

        // Row 5: ED visits. N1 30 visits in 3000 patient-months before, 15 in 3000 after: 10 and 5 per 1,000
        // patient-months, 120 and 60 per 1,000 patients per year (x 12). Before's interval, the Poisson score one:
        // (30 + z²/2 ∓ z·sqrt(30 + z²/4)) / 3000 = 7.005 to 14.275 per 1,000 patient-months (7.00503 to 14.27546), 84.06 to 171.31 a year. Rate ratio 0.5, exp(ln 0.5 ∓ 1.96·sqrt(1/15 + 1/30))
        // = 0.2690 to 0.9293: fewer visits is better, so improved. E1 stays at 30 in 3000: ratio of ratios 0.5,
        // exp(ln 0.5 ∓ 1.96·sqrt(1/30 + 1/15 + 1/30 + 1/30)) = 0.2246 to 1.1129: no change beyond chance.
        Assert.Equal("ED visits", workbook.Text(Sheet, "A5"));
        Assert.Equal("per 1,000 patients per year", workbook.Text(Sheet, "B5"));
        Assert.Equal(120, workbook.Number(Sheet, "F5"), 10);
        Assert.Equal(84.06, workbook.Number(Sheet, "G5"), 2);
        Assert.Equal(171.31, workbook.Number(Sheet, "H5"), 2);
        Assert.Equal(60, workbook.Number(Sheet, "L5"), 10);
        Assert.Equal(0.5, workbook.Number(Sheet, "O5"), 10);
        Assert.Equal(0.2690, workbook.Number(Sheet, "P5"), 4);
        Assert.Equal(0.9293, workbook.Number(Sheet, "Q5"), 4);
        Assert.Equal("improved beyond chance", workbook.Text(Sheet, "S5"));
        Assert.Equal(0.5, workbook.Number(Sheet, "V5"), 10);
        Assert.Equal(0.2246, workbook.Number(Sheet, "W5"), 4);
        Assert.Equal(1.1129, workbook.Number(Sheet, "X5"), 4);
        Assert.Equal("no change beyond chance", workbook.Text(Sheet, "Z5"));
    }

    [Fact]
    public async Task WriteAsync_OnePilot_OneChartPerMeasureOnTheReadingsSheet()
    {
        var path = await WriteAsync(Deck(), [Pilot, Comparison]);
        using var workbook = new WorkbookReader(path);

        var drawings = workbook.Part(Readings).DrawingsPart;

        // Screening and ED visits each have a chart; the statistics and About sheets have none.
        Assert.NotNull(drawings);
        Assert.Equal(2, drawings.ImageParts.Count());
        Assert.Null(workbook.Part(Sheet).DrawingsPart);

        // Each chart has a fixed size in the PNG's shape, whatever the reader's column widths.
        var extents = drawings.WorksheetDrawing.Elements<DocumentFormat.OpenXml.Drawing.Spreadsheet.OneCellAnchor>()
            .Select(a => a.Extent!).ToList();
        Assert.Equal(2, extents.Count);
        Assert.All(extents, e => Assert.Equal((double)Charts.SpcChartRenderer.Width / Charts.SpcChartRenderer.Height, (double)e.Cx!.Value / e.Cy!.Value, 2));
        Assert.Null(workbook.Part("About").DrawingsPart);
    }

    [Fact]
    public async Task WriteAsync_ReadingsSheet_TenColumnsWithTheChangesAndTheirReadings()
    {
        using var workbook = new WorkbookReader(await WriteAsync(Deck(), [Pilot, Comparison]));

        // The screening row: 60% before, 80% after, +20.0 pp (Newcombe's 5.24 to 33.39), against E1's +10 pp:
        // +10.0 pp (-11.12 to 30.76, worked out in the statistics test above).
        Assert.Equal("Depression screening", workbook.Text(Readings, "A4"));
        Assert.Equal(0.60, workbook.Number(Readings, "B4"), 10);
        Assert.Equal(0.80, workbook.Number(Readings, "C4"), 10);
        Assert.Equal(20.0, workbook.Number(Readings, "D4"), 4);
        Assert.Equal("+5.2 to +33.4 pp", workbook.Text(Readings, "E4"));
        Assert.Equal("improved beyond chance", workbook.Text(Readings, "F4"));
        Assert.Equal(10.0, workbook.Number(Readings, "G4"), 4);
        Assert.Equal("-11.1 to +30.8 pp", workbook.Text(Readings, "H4"));
        Assert.Equal("no change beyond chance", workbook.Text(Readings, "I4"));
        Assert.Equal("80 / 70", workbook.Text(Readings, "J4"));

        // ED visits: a rate ratio of 0.5 reads as -50%.
        Assert.Equal(-0.5, workbook.Number(Readings, "D5"), 10);
        Assert.All(workbook.Part(Readings).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Where(c => c.CellValue is not null),
            c => Assert.True(c.CellReference!.Value![0] <= 'J', c.CellReference.Value));
    }

    [Theory]
    [InlineData(14, "too few comparison patients")]
    [InlineData(15, "no change beyond chance")]
    public async Task WriteAsync_ComparisonBelowTheThreshold_ReadsTooFewComparisonPatients(int secondMonth, string reading)
    {
        // E1 screens 15 then 15 or 14 before (30 or 29 patients, the default threshold 30) and 35 + 35 after.
        var rows = Deck().Where(r => !(r.MeasureId == "depression_screening" && r.ClinicId == "E1" && r.Period < First.Plus(2))).ToList();
        rows.AddRange(Rows.Series("depression_screening", "E1", First, 15, [7, 7]).Select((r, i) => i == 1 ? r with { Denominator = secondMonth } : r));

        using var workbook = new WorkbookReader(await WriteAsync(rows, [Pilot, Comparison]));

        Assert.Equal(reading, workbook.Text(Readings, "I4"));
        Assert.Equal(reading, workbook.Text(Sheet, "Z4"));
        Assert.Equal(secondMonth == 14, workbook.Text(Readings, "G4") is null);
    }

    [Fact]
    public async Task WriteAsync_MeasureWithoutUnits_ReadsNoDataWithoutAChart()
    {
        var rows = Deck();
        rows.AddRange(Rows.Series("referral_engagement", "N1", First, 0, [0, 0, 0, 0]));
        rows.AddRange(Rows.Series("referral_engagement", "E1", First, 0, [0, 0, 0, 0]));

        var path = await WriteAsync(rows, [Pilot, Comparison]);
        using var workbook = new WorkbookReader(path);

        Assert.Equal("Referral engagement", workbook.Text(Readings, "A6"));
        Assert.Equal("no data", workbook.Text(Readings, "B6"));
        Assert.Equal("no data", workbook.Text(Readings, "F6"));
        Assert.Equal("no data", workbook.Text(Readings, "I6"));
        Assert.Equal(2, workbook.Part(Readings).DrawingsPart!.ImageParts.Count());
    }

    [Fact]
    public async Task WriteAsync_OnePilot_HeaderFrozenFilteredAndPrintAreaSet()
    {
        var path = await WriteAsync(Deck(), [Pilot, Comparison]);
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        using var workbook = new WorkbookReader(path);

        var worksheet = workbook.Part(Sheet).Worksheet;
        var pane = worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().Single();
        Assert.Equal("B4", pane.TopLeftCell!.Value);
        Assert.StartsWith("A3:", worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.AutoFilter>().Single().Reference!.Value, StringComparison.Ordinal);
        Assert.Contains(document.WorkbookPart!.Workbook.DefinedNames!.Elements<DocumentFormat.OpenXml.Spreadsheet.DefinedName>(),
            n => n.Name == "_xlnm.Print_Area" && n.Text.Contains("N1 North One", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_NoPilot_OneSheetSayingSo()
    {
        using var workbook = new WorkbookReader(await WriteAsync(Deck(), [Pilot with { Pilot = false, GoLive = null }, Comparison]));

        Assert.Equal([PilotWorkbook.NoPilotSheet], workbook.SheetNames);
        Assert.StartsWith("No pilot clinic", workbook.Text(PilotWorkbook.NoPilotSheet, "A2"), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static List<KpiRow> Deck() =>
    [
        .. Rows.Series("depression_screening", "N1", First, 40, [24, 24]),
        .. Rows.Series("depression_screening", "N1", First.Plus(2), 35, [28, 28, 1], pendingLast: 1),
        .. Rows.Series("depression_screening", "E1", First, 40, [20, 20]),
        .. Rows.Series("depression_screening", "E1", First.Plus(2), 35, [21, 21, 5], pendingLast: 1),
        .. Rows.Series("ed_visits", "N1", First, 1500, [15, 15, 8, 7]),
        .. Rows.Series("ed_visits", "E1", First, 1500, [15, 15, 15, 15]),
    ];

    private Task<string> WriteAsync(List<KpiRow> rows, IReadOnlyList<ReportClinic> clinics) =>
        PilotWorkbook.WriteAsync(_folder.Path, AsOf, rows, clinics, CancellationToken.None);
}
