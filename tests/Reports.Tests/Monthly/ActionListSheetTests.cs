using DocumentFormat.OpenXml.Spreadsheet;
using QiPipeline.Metrics.Actions;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Monthly;
using QiPipeline.Reports.Tests.Support;
using QiPipeline.TestSupport;

namespace QiPipeline.Reports.Tests.Monthly;

/// <summary>The Action lists sheet of the monthly workbook, read back with the Open XML SDK.</summary>
public sealed class ActionListSheetTests : IDisposable
{
    private static readonly ActionItem[] Items =
    [
        new(ActionReason.SuicideRisk, "north", "N-P000007", "N2", new DateOnly(2025, 2, 20), new DateOnly(2025, 2, 20), 8, 17, "PHQ-9 item 9 = 2 on 2025-02-20; no BH or psychiatric contact since. Assess suicide risk now.")
        {
            LastBhContact = new DateOnly(2025, 2, 14), CareManager = "CM-0042",
        },
        new(ActionReason.CoverageGap, "east", "E-P000003", "E9", new DateOnly(2025, 1, 2), new DateOnly(2025, 2, 8), 20, null, "sertraline filled 2025-01-02 for 30 days; supply ran out 2025-02-01, no refill since."),
    ];

    private readonly TempDirectory _folder = new("qi-actions-sheet");

    [Fact]
    public async Task WriteAsync_Items_OneRowEachInTheGivenOrderWithTheClinicNameAndDates()
    {
        using var workbook = new WorkbookReader(await WriteAsync(Items));

        Assert.Equal(ActionListSheet.Titles, Enumerable.Range(0, 16).Select(c => workbook.Text(ActionListSheet.Name, $"{(char)('A' + c)}4")));
        Assert.Equal(
            ["1", "North Two", "N-P000007", "north", ActionReason.SuicideRisk.Title, "suicide_risk"],
            "ABCDEF".Select(c => workbook.Text(ActionListSheet.Name, $"{c}5")));
        Assert.Equal(new DateTime(2025, 2, 20).ToOADate(), workbook.Number(ActionListSheet.Name, "G5"));
        Assert.Equal(8, workbook.Number(ActionListSheet.Name, "I5"));
        Assert.Equal(17, workbook.Number(ActionListSheet.Name, "J5"));
        Assert.Equal(new DateTime(2025, 2, 14).ToOADate(), workbook.Number(ActionListSheet.Name, "K5"));
        Assert.Equal("CM-0042", workbook.Text(ActionListSheet.Name, "L5"));
        Assert.True(IsEmpty(workbook, "M5") && IsEmpty(workbook, "N5") && IsEmpty(workbook, "O5"), "Status, Owner and Note are left for the team");
        Assert.StartsWith("PHQ-9 item 9 = 2", workbook.Text(ActionListSheet.Name, "P5"), StringComparison.Ordinal);
        Assert.True(IsEmpty(workbook, "K6") && IsEmpty(workbook, "L6"), "no BH contact, no care manager");
        Assert.Equal("E9", workbook.Text(ActionListSheet.Name, "B6")); // no configured clinic of that id: the id
        Assert.Equal(new DateTime(2025, 2, 8).ToOADate(), workbook.Number(ActionListSheet.Name, "H6"));
        Assert.True(IsEmpty(workbook, "J6"), "no last score for a coverage gap");
        Assert.Contains("2 patients who need something now", workbook.Text(ActionListSheet.Name, "A2"), StringComparison.Ordinal);
        Assert.Contains("Internal: contains patient ids", workbook.Text(ActionListSheet.Name, "A2"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_NumericLookingIds_StayTextWithTheirLeadingZeros()
    {
        // Clinics' MRNs are often zero-padded digits: shown as the number 123, 000123 would point at another patient.
        ActionItem[] items = [new(ActionReason.CoverageGap, "007", "000123", "0042", new DateOnly(2025, 1, 2), new DateOnly(2025, 2, 8), 20, null, "detail")];
        using var workbook = new WorkbookReader(await WriteAsync(items));
        var sheet = workbook.Part(ActionListSheet.Name).Worksheet;

        foreach (var (reference, expected) in new[] { ("B5", "0042"), ("C5", "000123"), ("D5", "007") })
        {
            var cell = sheet.Descendants<Cell>().Single(c => c.CellReference == reference);
            Assert.True(cell.DataType?.Value is CellValues.SharedString or CellValues.InlineString or CellValues.String, $"{reference} is not text");
            Assert.Equal(expected, workbook.Text(ActionListSheet.Name, reference));
        }
    }

    [Fact]
    public async Task WriteAsync_Items_FrozenHeaderFilterDatesAndPrintArea()
    {
        var path = await WriteAsync(Items);
        using var workbook = new WorkbookReader(path);
        var sheet = workbook.Part(ActionListSheet.Name).Worksheet;

        Assert.Equal(4, sheet.Descendants<Pane>().Single().VerticalSplit!.Value);
        Assert.Equal("A4:P6", sheet.Descendants<AutoFilter>().Single().Reference!.Value);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, isEditable: false);
        var printArea = document.WorkbookPart!.Workbook.Descendants<DefinedName>().Single(d => d.Name == "_xlnm.Print_Area" && d.LocalSheetId! == SheetIndex(workbook));
        Assert.Equal("'Action lists'!$A$1:$P$6", printArea.Text);
        var styles = document.WorkbookPart.WorkbookStylesPart!.Stylesheet;
        var dateCell = sheet.Descendants<Cell>().Single(c => c.CellReference == "G5");
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)dateCell.StyleIndex!.Value).NumberFormatId!.Value;
        Assert.Equal("yyyy-mm-dd", styles.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId! == format).FormatCode!.Value);
    }

    [Fact]
    public async Task WriteAsync_Items_StatusIsADropDownOfOpenContactedResolved()
    {
        using var workbook = new WorkbookReader(await WriteAsync(Items));

        var validation = Assert.Single(workbook.Part(ActionListSheet.Name).Worksheet.Descendants<DataValidation>());
        Assert.Equal(DataValidationValues.List, validation.Type!.Value);
        Assert.Equal("\"open,contacted,resolved\"", validation.Formula1!.Text);
        Assert.Equal("M5:M6", validation.SequenceOfReferences!.InnerText);
        Assert.NotEqual(true, validation.ShowDropDown?.Value); // Excel's inverted flag: true would hide the arrow.
    }

    [Fact]
    public async Task WriteAsync_NoItemsOrNotSupplied_SaysSoUnderTheHeader()
    {
        using (var empty = new WorkbookReader(await WriteAsync([])))
        {
            Assert.Contains("no patient needs action", empty.Text(ActionListSheet.Name, "A2"), StringComparison.Ordinal);
            Assert.True(IsEmpty(empty, "A5"));
        }

        using var missing = new WorkbookReader(await WriteAsync(null));
        Assert.Equal("Action lists: not supplied to this report.", missing.Text(ActionListSheet.Name, "A2"));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A missing cell, or a styled one without a value.</summary>
    private static bool IsEmpty(WorkbookReader workbook, string reference) =>
        string.IsNullOrEmpty(workbook.Part(ActionListSheet.Name).Worksheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference)?.CellValue?.Text);

    private static uint SheetIndex(WorkbookReader workbook) => (uint)workbook.SheetNames.ToList().IndexOf(ActionListSheet.Name);

    private async Task<string> WriteAsync(IReadOnlyList<ActionItem>? items)
    {
        var rows = Rows.Series("depression_screening", "N2", new Month(2024, 1), 100, [35, 36, 34, 37, 35, 36, 35, 36, 37, 55, 58, 61, 60, 59]);
        var clinics = new[] { new ReportClinic("N2", "North Two", Pilot: false, GoLive: null) };
        var folder = Path.Combine(_folder.Path, Guid.NewGuid().ToString("N"));
        return await MonthlyWorkbook.WriteAsync(folder, new Month(2025, 2), rows, clinics, [], CancellationToken.None, actions: items);
    }
}
