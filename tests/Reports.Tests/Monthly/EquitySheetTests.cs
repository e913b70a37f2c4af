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
    private readonly TempDirectory _folder = new("qi-equity");

    [Fact]
    public async Task WriteAsync_UnequalScreening_FlagsTheWorseRowAndColoursIt()
    {
        using var workbook = new WorkbookReader(await WriteAsync(EquityDeck.UnequalScreening()));

        Assert.Equal(
            ["Measure", "Clinic", "Stratum", "Value", "Numerator", "Denominator", "Rate"],
            "ABCDEFG".Select(c => workbook.Text(Sheet, $"{c}{EquitySheet.HeaderRow}")));
        Assert.Equal(["depression_screening", "N1", "sex", "M"], "ABCD".Select(c => workbook.Text(Sheet, $"{c}7")));
        Assert.Equal([48, 80, 0.6, 56, 70, 0.8], "EFGJKL".Select(c => workbook.Number(Sheet, $"{c}7")));

        // Newcombe 1998 Table II (a), method 10, the sign turned for M - F: -0.3339 to -0.0524.
        Assert.Equal(-0.2, workbook.Number(Sheet, "N7"), 10);
        Assert.Equal(-0.3339, workbook.Number(Sheet, "O7"), 4);
        Assert.Equal(-0.0524, workbook.Number(Sheet, "P7"), 4);
        Assert.Equal(EquitySheet.WorseText, workbook.Text(Sheet, "Q7"));
        Assert.Equal("FF" + EquitySheet.WorseFill[1..], workbook.Fill(Sheet, "A7"));
        Assert.Equal(EquitySheet.BetterText, workbook.Text(Sheet, "Q6"));
        Assert.Null(workbook.Fill(Sheet, "A6"));
    }

    [Fact]
    public async Task WriteAsync_BalancedScreening_FlagsNothing()
    {
        using var workbook = new WorkbookReader(await WriteAsync(EquityDeck.BalancedScreening()));

        Assert.Equal(("F", "M"), (workbook.Text(Sheet, "D6"), workbook.Text(Sheet, "D7")));
        Assert.Null(workbook.Text(Sheet, "Q6"));
        Assert.Null(workbook.Text(Sheet, "Q7"));
        Assert.Null(workbook.Fill(Sheet, "A7"));
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

        Assert.Equal(("12-17", "18-64"), (workbook.Text(Sheet, "D6"), workbook.Text(Sheet, "D7")));
    }

    [Fact]
    public async Task WriteAsync_EdRates_ShownPerThousandWithTheRateRatio()
    {
        using var workbook = new WorkbookReader(await WriteAsync(EquityDeck.UnequalEdVisits()));

        // Row 7: medicaid, 40 per 1,000 with its Poisson score interval 29.38 to 54.46 (PoissonScoreTests), ratio 4.
        Assert.Equal("medicaid", workbook.Text(Sheet, "D7"));
        Assert.Equal(40, workbook.Number(Sheet, "G7"), 10);
        Assert.Equal(29.3769, workbook.Number(Sheet, "H7"), 3);
        Assert.Equal(54.4646, workbook.Number(Sheet, "I7"), 3);
        Assert.Equal(10, workbook.Number(Sheet, "L7"), 10);
        Assert.Equal("rate ratio (value / rest)", workbook.Text(Sheet, "M7"));
        Assert.Equal(4, workbook.Number(Sheet, "N7"), 10);
        Assert.Equal(EquitySheet.WorseText, workbook.Text(Sheet, "Q7"));
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

        Assert.Equal("A5:Q7", worksheet.Elements<AutoFilter>().Single().Reference!.Value);
        var pane = workbook.FrozenPane(Sheet)!;
        Assert.Equal(("E6", 5.0), (pane.TopLeftCell!.Value, pane.VerticalSplit!.Value));
        Assert.Equal("Equity!$A$1:$Q$7", workbook.PrintArea(Sheet));
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
