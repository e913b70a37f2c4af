using DocumentFormat.OpenXml.Spreadsheet;
using QiPipeline.Metrics.Billing;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Tests.Support;
using QiPipeline.Reports.Value;
using QiPipeline.TestSupport;

namespace QiPipeline.Reports.Tests.Value;

/// <summary>
/// The value workbook's Collaborative care billing sheet read back with the Open XML SDK: N1 and N2 over
/// 2024-01..03, N2 with 5 first months in January (a small cell). Rows, per code: N1's months and total
/// (rows 4-7 for 99492), N2's (8-11), the network's (12-15); then 99493, 99494, G2214 likewise.
/// </summary>
public sealed class CocmBillingSheetTests : IDisposable
{
    private const string Sheet = "Collaborative care billing";
    private static readonly Month First = TwoClinicNetwork.First;

    private readonly TempDirectory _folder = new("qi-cocm");

    [Fact]
    public async Task WriteAsync_Billing_SheetBeforeMethodsWithCountsRatesAndRevenue()
    {
        using var workbook = new WorkbookReader(await WriteAsync(new Dictionary<string, decimal> { ["99492"] = 150.5m }));

        Assert.Equal(["Headlines", "Monthly", Sheet, "Methods"], workbook.SheetNames);
        Assert.StartsWith("AGGREGATE DATA ONLY", workbook.Text(Sheet, "A1"), StringComparison.Ordinal);
        Assert.Equal("Estimated revenue", workbook.Text(Sheet, "I3"));

        // N1 2024-02: 25 first months at 150.50 = 3,762.50.
        Assert.Equal("99492", workbook.Text(Sheet, "A5"));
        Assert.Equal(CellValues.SharedString, workbook.Part(Sheet).Worksheet.Descendants<Cell>().Single(c => c.CellReference == "A5").DataType!.Value);
        Assert.Equal("N1", workbook.Text(Sheet, "C5"));
        Assert.Equal(25, workbook.Number(Sheet, "F5"));
        Assert.Equal(25, workbook.Number(Sheet, "G5"));
        Assert.Equal(150.5, workbook.Number(Sheet, "H5"));
        Assert.Equal(3762.5, workbook.Number(Sheet, "I5"));

        // 99494 at N1 in February: 12 patient-months, 30 units (several 99494 a month).
        Assert.Equal("99494", workbook.Text(Sheet, "A29"));
        Assert.Equal(12, workbook.Number(Sheet, "F29"));
        Assert.Equal(30, workbook.Number(Sheet, "G29"));
        Assert.Null(workbook.Text(Sheet, "I29"));
    }

    [Fact]
    public async Task WriteAsync_SmallCell_SuppressedWithItsComplementsAndItsRevenue()
    {
        using var workbook = new WorkbookReader(await WriteAsync(new Dictionary<string, decimal> { ["99492"] = 150.5m }));

        // N2 January: 5 first months, hidden with the revenue that would give it away (5 x 150.50).
        Assert.Equal("N2", workbook.Text(Sheet, "C8"));
        Assert.Equal("<11", workbook.Text(Sheet, "F8"));
        Assert.Equal("<11", workbook.Text(Sheet, "G8"));
        Assert.Equal("<11", workbook.Text(Sheet, "I8"));

        // The network's January (25) is shown, so N1's January (20) would give the 5 away: hidden too.
        Assert.Equal(25, workbook.Number(Sheet, "F12"));
        Assert.Equal("<11", workbook.Text(Sheet, "F4"));

        var cells = Cells(workbook);
        Assert.All(cells.Values, t => Assert.False(double.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out var v) && v is >= 1 and <= 10, t));
        foreach (var group in Sums())
        {
            foreach (var column in new[] { "F", "G" })
            {
                var hidden = group.Count(r => cells.GetValueOrDefault(column + r) == "<11");
                Assert.True(hidden != 1, $"{column}: rows {string.Join(',', group)} have one hidden cell, derivable from the others");
            }
        }
    }

    [Fact]
    public async Task WriteAsync_NoRates_CountsOnlyAndSaysSo()
    {
        using var workbook = new WorkbookReader(await WriteAsync(null));

        Assert.Null(workbook.Text(Sheet, "H3"));
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

    /// <summary>The rows of every sum on the sheet: per code block of 12 rows, clinic months with their total, and each month across clinics.</summary>
    private static IEnumerable<int[]> Sums()
    {
        for (var block = 0; block < 4; block++)
        {
            var top = 4 + (block * 12);
            for (var clinic = 0; clinic < 3; clinic++)
            {
                yield return [top + (clinic * 4), top + (clinic * 4) + 1, top + (clinic * 4) + 2, top + (clinic * 4) + 3];
            }

            for (var month = 0; month < 4; month++)
            {
                yield return [top + month, top + 4 + month, top + 8 + month];
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
