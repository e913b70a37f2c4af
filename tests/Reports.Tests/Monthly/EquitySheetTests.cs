using DocumentFormat.OpenXml.Spreadsheet;
using QiPipeline.Metrics.Engine;
using QiPipeline.Reports.Monthly;
using QiPipeline.Reports.Tests.Support;
using QiPipeline.TestSupport;

namespace QiPipeline.Reports.Tests.Monthly;

/// <summary>The Equity sheet of the monthly workbook, read back with the Open XML SDK.</summary>
public sealed class EquitySheetTests : IDisposable
{
    private const string Sheet = EquitySheet.Name;

    // The ranked summary's header is row 6, then its rows (one flagged gap, or the "none" line), a blank row
    // with the table's title, then the table's header: row 9 for every deck below.
    private const int TableHeader = 9;
    private readonly TempDirectory _folder = new("qi-equity");

    [Fact]
    public async Task WriteAsync_UnequalScreening_FlagsTheWorseRowAndColoursIt()
    {
        using var workbook = new WorkbookReader(await WriteAsync(EquityDeck.UnequalScreening()));

        Assert.Equal(
            ["Measure", "Clinic", "Stratum", "Value", "Numerator", "Denominator", "Rate"],
            "ABCDEFG".Select(c => workbook.Text(Sheet, $"{c}{TableHeader}")));
        Assert.Equal(["Depression screening", "N1", "sex", "M"], "ABCD".Select(c => workbook.Text(Sheet, $"{c}11")));
        Assert.Equal([48, 80, 0.6, 56, 70, 0.8], "EFGJKL".Select(c => workbook.Number(Sheet, $"{c}11")));

        // Newcombe 1998 Table II (a), method 10, the sign turned for M - F: -0.3339 to -0.0524, in percentage points.
        Assert.Equal(-20, workbook.Number(Sheet, "N11"), 8);
        Assert.Equal(-33.39, workbook.Number(Sheet, "O11"), 2);
        Assert.Equal(-5.24, workbook.Number(Sheet, "P11"), 2);
        Assert.Equal(CellFormats.PercentagePoints, workbook.NumberFormat(Sheet, "N11"));
        Assert.Equal(EquitySheet.WorseText, workbook.Text(Sheet, "Q11"));
        Assert.Equal("FF" + EquitySheet.WorseFill[1..], workbook.Fill(Sheet, "A11"));
        Assert.Equal(EquitySheet.BetterText, workbook.Text(Sheet, "Q10"));
        Assert.Null(workbook.Fill(Sheet, "A10"));
    }

    [Fact]
    public async Task WriteAsync_UnequalScreening_RanksTheFlaggedGapFirstWithItsInterval()
    {
        using var workbook = new WorkbookReader(await WriteAsync(EquityDeck.UnequalScreening()));

        // Row 7, before the full table: M, 48 of 80 (60%) against the rest's 80%, -20 pp (-33.39 to -5.24, Newcombe 1998).
        Assert.Equal(["Depression screening", "N1", "sex", "M"], "ABCD".Select(c => workbook.Text(Sheet, $"{c}7")));
        Assert.Equal([80, 0.6, 0.8, -20], "EFGH".Select(c => Math.Round(workbook.Number(Sheet, $"{c}7"), 8)));
        Assert.Equal(-33.39, workbook.Number(Sheet, "I7"), 2);
        Assert.Equal(-5.24, workbook.Number(Sheet, "J7"), 2);
        Assert.Equal("Gap", workbook.Text(Sheet, "H6"));
    }

    [Fact]
    public async Task WriteAsync_TwoFlaggedGaps_LargestFirst()
    {
        // Two strata, each with one value worse than the other beyond chance.
        var rows = new List<KpiRow>
        {
            EquityDeck.Row("depression_screening", "sex", "F", 20, 100),
            EquityDeck.Row("depression_screening", "sex", "M", 80, 100),
            EquityDeck.Row("depression_screening", "payer", "medicaid", 60, 100),
            EquityDeck.Row("depression_screening", "payer", "commercial", 80, 100),
        };

        using var workbook = new WorkbookReader(await WriteAsync(rows));

        // F: 20% vs 80%, -60 pp; medicaid: 60% vs 80%, -20 pp.
        Assert.Equal(("F", "medicaid"), (workbook.Text(Sheet, "D7"), workbook.Text(Sheet, "D8")));
        Assert.Equal(-60, workbook.Number(Sheet, "H7"), 8);
        Assert.Equal(-20, workbook.Number(Sheet, "H8"), 8);
    }

    [Fact]
    public async Task WriteAsync_BalancedScreening_FlagsNothing()
    {
        using var workbook = new WorkbookReader(await WriteAsync(EquityDeck.BalancedScreening()));

        Assert.Equal(("F", "M"), (workbook.Text(Sheet, "D10"), workbook.Text(Sheet, "D11")));
        Assert.Null(workbook.Text(Sheet, "Q10"));
        Assert.Null(workbook.Text(Sheet, "Q11"));
        Assert.Null(workbook.Fill(Sheet, "A11"));
        Assert.Equal("No value is worse than the rest of its stratum beyond chance.", workbook.Text(Sheet, "A7"));
        Assert.StartsWith("Equity, 2024-07..2025-06:", workbook.Text(Sheet, "A2"), StringComparison.Ordinal);
        Assert.Contains("0 of 2 values flagged worse", workbook.Text(Sheet, "A2"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_AgeBandLikeADate_StaysText()
    {
        using var workbook = new WorkbookReader(await WriteAsync([
            EquityDeck.Row("depression_screening", "age_band", "12-17", 10, 20),
            EquityDeck.Row("depression_screening", "age_band", "18-64", 30, 40),
        ]));

        Assert.Equal(("12-17", "18-64"), (workbook.Text(Sheet, "D10"), workbook.Text(Sheet, "D11")));
    }

    [Fact]
    public async Task WriteAsync_EdRates_ShownPerThousandWithTheRateRatio()
    {
        using var workbook = new WorkbookReader(await WriteAsync(EquityDeck.UnequalEdVisits()));

        // Row 11: medicaid, 40 per 1,000 patient-months with its Poisson score interval 29.38 to 54.46
        // (PoissonScoreTests), ratio 4; shown per 1,000 patients per year, so times 12.
        Assert.Equal("medicaid", workbook.Text(Sheet, "D11"));
        Assert.Equal(480, workbook.Number(Sheet, "G11"), 8);
        Assert.Equal(29.3769 * 12, workbook.Number(Sheet, "H11"), 1);
        Assert.Equal(54.4646 * 12, workbook.Number(Sheet, "I11"), 1);
        Assert.Equal(120, workbook.Number(Sheet, "L11"), 8);
        Assert.Equal("rate ratio (value / rest)", workbook.Text(Sheet, "M11"));
        Assert.Equal(4, workbook.Number(Sheet, "N11"), 10);
        Assert.Equal(EquitySheet.WorseText, workbook.Text(Sheet, "Q11"));
    }

    [Fact]
    public async Task WriteAsync_AnyDeck_NotesTheFinalMonthsTheChanceOfFlagsAndTheSkippedMeasures()
    {
        var rows = EquityDeck.UnequalScreening();
        rows.Add(EquityDeck.Row("cocm_minutes", "sex", "F", 250, 4));
        using var workbook = new WorkbookReader(await WriteAsync(rows));

        Assert.Contains("Final months only", workbook.Text(Sheet, "A3"), StringComparison.Ordinal);
        Assert.Contains("2024-07..2025-06", workbook.Text(Sheet, "A3"), StringComparison.Ordinal);
        Assert.Contains("by chance alone", workbook.Text(Sheet, "A3"), StringComparison.Ordinal);
        Assert.Equal("Skipped, being counts or medians rather than rates: cocm_minutes.", workbook.Text(Sheet, "A4"));
    }

    [Fact]
    public async Task WriteAsync_AnyDeck_TableHasFilterFrozenHeaderFormatsAndPrintArea()
    {
        using var workbook = new WorkbookReader(await WriteAsync(EquityDeck.UnequalScreening()));
        var worksheet = workbook.Part(Sheet).Worksheet;

        Assert.Equal("A9:Q11", worksheet.Elements<AutoFilter>().Single().Reference!.Value);
        Assert.Equal("A2", workbook.FrozenPane(Sheet)!.TopLeftCell!.Value);
        Assert.Equal("Equity!$A$1:$Q$11", workbook.PrintArea(Sheet));
        Assert.Equal(SheetStyle.Banner, workbook.Text(Sheet, "A1"));
        Assert.All(worksheet.Descendants<Column>(), c => Assert.True(c.CustomWidth?.Value));
    }

    public void Dispose() => _folder.Dispose();

    private async Task<string> WriteAsync(List<KpiRow> strata)
    {
        var rows = Rows.Series("depression_screening", "N1", EquityDeck.ReportMonth.Plus(-11), 100, Enumerable.Repeat(40.0, 12).ToArray());
        rows.AddRange(strata);
        var clinics = new[] { new ReportClinic("N1", "North Family Medicine", Pilot: false, GoLive: null) };
        return await MonthlyWorkbook.WriteAsync(_folder.Path, EquityDeck.ReportMonth, rows, clinics, [], CancellationToken.None);
    }
}
