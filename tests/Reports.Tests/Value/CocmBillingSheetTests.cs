using DocumentFormat.OpenXml.Spreadsheet;
using QiPipeline.Metrics.Billing;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Tests.Support;
using QiPipeline.Reports.Value;
using QiPipeline.TestSupport;

namespace QiPipeline.Reports.Tests.Value;

/// <summary>
/// The value workbook's Collaborative care billing sheet read back with the Open XML SDK: N1 and N2 over
/// 2024-01..03, N2 with 5 first months in January (a small cell). A pivot: months in rows 5-7, the total in
/// row 8; per code three columns (N1, N2, all clinics): 99492 in B-D, 99493 E-G, 99494 H-J, G2214 K-M.
/// </summary>
public sealed class CocmBillingSheetTests : IDisposable
{
    private const string Sheet = "Collaborative care billing";
    private static readonly Month First = TwoClinicNetwork.First;

    private readonly TempDirectory _folder = new("qi-cocm");

    [Fact]
    public async Task WriteAsync_Billing_PivotMonthsDownCodeByClinicAcrossWithTotalsRatesAndRevenue()
    {
        using var workbook = new WorkbookReader(await WriteAsync(new Dictionary<string, decimal> { ["99492"] = 150.5m }));

        Assert.Equal(["Executive summary", "Headlines", "Monthly", Sheet, "Methods"], workbook.SheetNames);
        Assert.StartsWith("AGGREGATE DATA ONLY", workbook.Text(Sheet, "A1"), StringComparison.Ordinal);

        // One row per month (3), a total row, a rate row and a revenue row: not a row per code, clinic and month.
        Assert.Equal("99492 — first month, 36+ minutes", workbook.Text(Sheet, "B3"));
        Assert.Equal("North One", workbook.Text(Sheet, "B4"));
        Assert.Equal("North Two", workbook.Text(Sheet, "C4"));
        Assert.Equal("Total", workbook.Text(Sheet, "A8"));
        Assert.Equal("Rate per unit", workbook.Text(Sheet, "A9"));
        Assert.Equal("Estimated revenue", workbook.Text(Sheet, "A10"));
        Assert.DoesNotContain(Cells(workbook).Keys, k => k.EndsWith("11", StringComparison.Ordinal));

        // 99492 at all clinics: 20 + 25 + 30 + 5 + 15 + 12 = 107 units, at 150.50 = 16,103.50.
        Assert.Equal(40, workbook.Number(Sheet, "D6"));
        Assert.Equal(107, workbook.Number(Sheet, "D8"));
        Assert.Equal(150.5, workbook.Number(Sheet, "D9"));
        Assert.Equal(16_103.5, workbook.Number(Sheet, "D10"));

        // 99494 in February: N1 30 units, N2 20, all clinics 50; no rate, no revenue.
        Assert.Equal("99494 — each further 30 minutes", workbook.Text(Sheet, "H3"));
        Assert.Equal(30, workbook.Number(Sheet, "H6"));
        Assert.Equal(50, workbook.Number(Sheet, "J6"));
        Assert.Equal(50, workbook.Number(Sheet, "J8"));
        Assert.False(Cells(workbook).ContainsKey("J10"));
    }

    [Fact]
    public async Task WriteAsync_SmallCell_SuppressedWithItsComplementsAndItsRevenue()
    {
        using var workbook = new WorkbookReader(await WriteAsync(new Dictionary<string, decimal> { ["99492"] = 150.5m }));

        // N2 January: 5 first months, hidden.
        Assert.Equal("<11", workbook.Text(Sheet, "C5"));

        // The network's January (25) is shown, so N1's January (20) would give the 5 away: hidden too.
        Assert.Equal(25, workbook.Number(Sheet, "D5"));
        Assert.Equal("<11", workbook.Text(Sheet, "B5"));

        var cells = Cells(workbook);
        Assert.All(cells.Where(c => c.Key[1..] is not "9").Select(c => c.Value), t => Assert.False(double.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out var v) && v is >= 1 and <= 10, t));
        foreach (var group in Sums())
        {
            var hidden = group.Count(c => cells.GetValueOrDefault(c) == "<11");
            Assert.True(hidden != 1, $"cells {string.Join(',', group)} have one hidden cell, derivable from the others");
        }

        // A hidden total hides its revenue (units times a published rate).
        for (var column = 'B'; column <= 'D'; column++)
        {
            Assert.Equal(cells.GetValueOrDefault(column + "8") == "<11", cells.GetValueOrDefault(column + "10") == "<11");
        }
    }

    [Fact]
    public async Task WriteAsync_NoRates_CountsOnlyAndSaysSo()
    {
        using var workbook = new WorkbookReader(await WriteAsync(null));

        Assert.False(Cells(workbook).ContainsKey("A9"));
        Assert.Contains("counts only, no rates configured (reports.cocmRates)", workbook.Text(Sheet, "A2"), StringComparison.Ordinal);
        Assert.Contains(Cells(workbook, "Methods").Values, t => t.Contains("no revenue is estimated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_NoBillingGiven_NoBillingSheet()
    {
        var path = await ValueWorkbook.WriteAsync(_folder.Path, new DateOnly(2024, 4, 15), TwoClinicNetwork.Screening(), TwoClinicNetwork.Clinics(), new ValueOptions(), CancellationToken.None);
        using var workbook = new WorkbookReader(path);

        Assert.DoesNotContain(Sheet, workbook.SheetNames);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>The cells of every sum on the sheet: per code, each clinic's months with its total, and each month (and the totals) across clinics.</summary>
    private static IEnumerable<string[]> Sums()
    {
        foreach (var first in new[] { 'B', 'E', 'H', 'K' })
        {
            for (var clinic = 0; clinic < 3; clinic++)
            {
                var column = (char)(first + clinic);
                yield return [$"{column}5", $"{column}6", $"{column}7", $"{column}8"];
            }

            for (var row = 5; row <= 8; row++)
            {
                yield return [$"{first}{row}", $"{(char)(first + 1)}{row}", $"{(char)(first + 2)}{row}"];
            }
        }
    }

    private static List<CocmTotal> Billing() =>
    [
        new("N1", First, "99492", 20, 20), new("N1", First.Plus(1), "99492", 25, 25), new("N1", First.Plus(2), "99492", 30, 30),
        new("N2", First, "99492", 5, 5), new("N2", First.Plus(1), "99492", 15, 15), new("N2", First.Plus(2), "99492", 12, 12),
        new("N1", First.Plus(1), "99494", 12, 30), new("N2", First.Plus(1), "99494", 14, 20),
    ];

    private static Dictionary<string, string> Cells(WorkbookReader workbook, string sheet = Sheet) =>
        workbook.Part(sheet).Worksheet.Descendants<Cell>()
            .Where(c => c.CellValue is not null || c.InlineString is not null)
            .ToDictionary(c => c.CellReference!.Value!, c => workbook.Text(sheet, c.CellReference!.Value!) ?? "");

    private Task<string> WriteAsync(Dictionary<string, decimal>? rates) =>
        ValueWorkbook.WriteAsync(
            _folder.Path, new DateOnly(2024, 4, 15), TwoClinicNetwork.Screening(), TwoClinicNetwork.Clinics(), new ValueOptions(CocmRates: rates), CancellationToken.None, Billing());
}
