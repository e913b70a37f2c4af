using DocumentFormat.OpenXml.Spreadsheet;
using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Monthly;
using QiPipeline.Reports.Tests.Support;
using QiPipeline.TestSupport;

namespace QiPipeline.Reports.Tests.Monthly;

/// <summary>The PDSA cycles, Data quality and Definitions sheets of the monthly workbook, read back with the Open XML SDK.</summary>
public sealed class MonthlyWorkbookQiSheetsTests : IDisposable
{
    // As in PdsaStudyTests: 36% before the cycle (2024-10..12), 58% during it, 3 months of special-cause improvement.
    private static readonly double[] Screened = [35, 36, 34, 37, 35, 36, 35, 36, 37, 55, 58, 61, 60, 59];

    private static readonly DateTime Ended = new(2025, 3, 2, 6, 30, 0);

    private readonly TempDirectory _folder = new("qi-reports");

    [Fact]
    public async Task WriteAsync_AnySeries_AddsThePdsaActionListDataQualityAndDefinitionsSheetsWithTheBanner()
    {
        using var workbook = new WorkbookReader(await WriteAsync());

        Assert.Equal(["Summary", "Depression screening", "PDSA cycles", "Equity", "Action lists", "Data quality", "Definitions"], workbook.SheetNames);
        Assert.All(workbook.SheetNames, s => Assert.Equal(SheetStyle.Banner, workbook.Text(s, "A1")));
    }

    [Fact]
    public async Task WriteAsync_PdsaCycle_HasThePlanAndTheStudySentence()
    {
        using var workbook = new WorkbookReader(await WriteAsync());

        Assert.Equal("Act", workbook.Text(PdsaSheet.Name, "M3"));
        Assert.Equal("N2-1", workbook.Text(PdsaSheet.Name, "A4"));
        Assert.Equal("N2", workbook.Text(PdsaSheet.Name, "B4"));
        Assert.Equal("PHQ-2 at rooming", workbook.Text(PdsaSheet.Name, "D4"));
        Assert.Equal(new DateTime(2024, 10, 1).ToOADate(), workbook.Number(PdsaSheet.Name, "E4"));
        Assert.Equal(0.7, workbook.Number(PdsaSheet.Name, "G4"), 10);
        Assert.Equal(0.36, workbook.Number(PdsaSheet.Name, "H4"), 10);
        Assert.Equal(0.58, workbook.Number(PdsaSheet.Name, "I4"), 10);
        Assert.Equal("no", workbook.Text(PdsaSheet.Name, "J4"));
        Assert.Equal(
            "Depression screening rose from 36% in the 3 months before to 58% during the cycle; the 70% prediction was not met; "
            + "3 months within the cycle show special-cause improvement.",
            workbook.Text(PdsaSheet.Name, "L4"));
        var act = workbook.Part(PdsaSheet.Name).Worksheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == "M4");
        Assert.True(string.IsNullOrEmpty(act?.CellValue?.Text), "Act is left for the team");
    }

    [Fact]
    public async Task WriteAsync_PdsaCycle_StudyRowTallEnoughForItsWrappedSentence()
    {
        using var workbook = new WorkbookReader(await WriteAsync());

        // The 172-character Study sentence wraps to three lines in its 70-wide column; a row left at one line
        // (what LibreOffice and a printout keep) draws the lines over each other.
        var row = workbook.Part(PdsaSheet.Name).Worksheet.Descendants<Row>().Single(r => r.RowIndex! == 4);
        Assert.True(row.CustomHeight?.Value == true && row.Height!.Value >= 45, $"row 4 is {row.Height?.Value} points high");
    }

    [Fact]
    public async Task WriteAsync_PdsaCycles_ActHasTheAdoptAdaptAbandonDropDown()
    {
        using var workbook = new WorkbookReader(await WriteAsync());

        var validation = Assert.Single(workbook.Part(PdsaSheet.Name).Worksheet.Descendants<DataValidation>());
        Assert.Equal(DataValidationValues.List, validation.Type!.Value);
        Assert.Equal("\"Adopt,Adapt,Abandon\"", validation.Formula1!.Text);
        Assert.Equal("M4:M5", validation.SequenceOfReferences!.InnerText);
        Assert.NotEqual(true, validation.ShowDropDown?.Value); // Excel's inverted flag: true would hide the arrow.
    }

    [Fact]
    public async Task WriteAsync_Definitions_ListsEveryMeasureOfTheCatalogWithItsParameters()
    {
        using var workbook = new WorkbookReader(await WriteAsync());
        var ids = MeasureCatalog.Measures.Select(m => m.Id).ToList();

        var shown = Enumerable.Range(DefinitionsSheet.HeaderRow + 1, ids.Count + 1).Select(r => workbook.Text(DefinitionsSheet.Name, $"A{r}")).ToList();

        Assert.Equal([.. ids, null], shown);
        Assert.Equal("Depression screening", workbook.Text(DefinitionsSheet.Name, "B5"));
        Assert.StartsWith("Patients 12 and over", workbook.Text(DefinitionsSheet.Name, "D5"), StringComparison.Ordinal);
        Assert.Contains(" = ", workbook.Text(DefinitionsSheet.Name, "E5"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_DataQuality_ShowsTheLoadsAndTheRejectsByReason()
    {
        using var workbook = new WorkbookReader(await WriteAsync());
        const string Sheet = DataQualitySheet.Name;

        Assert.Equal("Data quality of the last ETL run run-7: succeeded, started 2025-03-02 06:00, ended 2025-03-02 06:30", workbook.Text(Sheet, "A2"));
        Assert.Equal(["epic", "encounter", "incremental", "succeeded"], "ABCD".Select(c => workbook.Text(Sheet, $"{c}5")));
        Assert.Equal([1000, 990, 0, 10, 2], "EFGHI".Select(c => workbook.Number(Sheet, $"{c}5")));
        Assert.Equal(Ended.ToOADate(), workbook.Number(Sheet, "J5"), 6);
        Assert.Equal("Reason", workbook.Text(Sheet, "C8"));
        Assert.Equal("missing_patient", workbook.Text(Sheet, "C9"));
        Assert.Equal(7, workbook.Number(Sheet, "D9"));
        Assert.Equal("E1, E2, E3", workbook.Text(Sheet, "E9"));
    }

    [Fact]
    public async Task WriteAsync_NoDataQualitySupplied_SaysSo()
    {
        using var workbook = new WorkbookReader(await WriteAsync(dataQuality: false));

        Assert.Equal("Data quality: the ETL figures were not supplied to this report.", workbook.Text(DataQualitySheet.Name, "A2"));
        Assert.Null(workbook.Text(DataQualitySheet.Name, "A4"));
    }

    public void Dispose() => _folder.Dispose();

    private async Task<string> WriteAsync(bool dataQuality = true)
    {
        var rows = Rows.Series("depression_screening", "N2", new Month(2024, 1), 100, Screened);
        var clinics = new[] { new ReportClinic("N2", "North Two", Pilot: false, GoLive: null) };
        var cycles = new[]
        {
            new PdsaCycle("N2-1", ["N2"], "depression_screening", "PHQ-2 at rooming", new DateOnly(2024, 10, 1), new DateOnly(2024, 12, 31), 0.7),
            new PdsaCycle("N2-2", ["N2"], "depression_screening", "Later idea", new DateOnly(2025, 5, 1), new DateOnly(2025, 6, 30), null),
        };
        var report = new DataQualityReport(
            new DataQualityRun("run-7", new DateTime(2025, 3, 2, 6, 0, 0), Ended, "succeeded"),
            [new DataQualityLoad("epic", "encounter", "incremental", "succeeded", 1000, 990, 0, 10, 2, Ended, null)],
            [new DataQualityRejects("epic", "encounter", "missing_patient", 7, ["E1", "E2", "E3"]), new DataQualityRejects("epic", "encounter", "bad_date", 3, ["E9"])]);

        return await MonthlyWorkbook.WriteAsync(_folder.Path, new Month(2025, 2), rows, clinics, cycles, CancellationToken.None, dataQuality ? report : null);
    }
}
