using QiPipeline.Metrics.EdCategories;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Tests.Support;
using QiPipeline.Reports.Value;
using QiPipeline.TestSupport;

namespace QiPipeline.Reports.Tests.Value;

/// <summary>
/// The value workbook's ED visit categories sheet read back with the Open XML SDK: N1 with 100 visits over
/// 2024-01..02 (50 non-emergent, 25 primary care treatable, 20 injury, 5 unclassified), N2 with 50 (25 and 25).
/// Rows 4 (N1), 5 (N2), 6 (network); columns C visits, D non-emergent, E primary care treatable, F and G the
/// emergent ones, H injury, I mental health, J alcohol, K drug, L unclassified.
/// </summary>
public sealed class EdCategoriesSheetTests : IDisposable
{
    private const string Sheet = "ED visit categories";
    private static readonly Month First = TwoClinicNetwork.First;

    private readonly TempDirectory _folder = new("qi-edcat");

    [Fact]
    public async Task WriteAsync_Categories_SheetBeforeMethodsWithEachCategorysShareOfTheVisits()
    {
        using var workbook = new WorkbookReader(await WriteAsync());

        Assert.Equal(["Executive summary", "Headlines", "Monthly", Sheet, "Methods"], workbook.SheetNames);
        Assert.StartsWith("AGGREGATE DATA ONLY", workbook.Text(Sheet, "A1"), StringComparison.Ordinal);
        Assert.Contains("2024-01 to 2024-03", workbook.Text(Sheet, "A2"), StringComparison.Ordinal);
        Assert.Equal("Non-emergent", workbook.Text(Sheet, "D3"));
        Assert.Equal("Unclassified", workbook.Text(Sheet, "L3"));
        Assert.Equal(("N1", "N2", "ALL"), (workbook.Text(Sheet, "A4"), workbook.Text(Sheet, "A5"), workbook.Text(Sheet, "A6")));
        Assert.Equal(100, workbook.Number(Sheet, "C4"));
        Assert.Equal(0.5, workbook.Number(Sheet, "D4"));
        Assert.Equal(0.25, workbook.Number(Sheet, "E4"));
        Assert.Equal(0, workbook.Number(Sheet, "F4"));
        Assert.Equal(50, workbook.Number(Sheet, "C5"));
        Assert.Equal(0.5, workbook.Number(Sheet, "E5"));
        Assert.Equal(150, workbook.Number(Sheet, "C6"));
        Assert.Equal(1.0 / 3, workbook.Number(Sheet, "E6"), 9);
        Assert.Contains(MethodsTexts(workbook), t => t.StartsWith("ED visits without admission", StringComparison.Ordinal) && t.Contains("unclassified", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_SmallUnclassifiedCount_SuppressedWithTheCellsThatWouldGiveItAway()
    {
        using var workbook = new WorkbookReader(await WriteAsync());

        // N1's 5 unclassified visits are below 11; 100 - 50 - 25 would give them away with the injury share, so
        // N1's injury (20) goes too; the network's injury (20 + N2's 0) would give N1's back, so it goes; the
        // network's unclassified count is 5 itself. A count hidden for its own sake reads <11; one hidden only
        // to protect another (20 injury visits) reads [c], "0 or 11 or more", as docs/operations.md says.
        Assert.Equal("<11", workbook.Text(Sheet, "L4"));
        Assert.Equal("[c]", workbook.Text(Sheet, "H4"));
        Assert.Equal("[c]", workbook.Text(Sheet, "H6"));
        Assert.Equal("<11", workbook.Text(Sheet, "L6"));
        Assert.Equal(0, workbook.Number(Sheet, "H5"));
        Assert.Equal(0, workbook.Number(Sheet, "L5"));
    }

    [Fact]
    public async Task WriteAsync_NoCategoriesGiven_NoCategoriesSheet()
    {
        var path = await ValueWorkbook.WriteAsync(_folder.Path, new DateOnly(2024, 4, 15), TwoClinicNetwork.Screening(), TwoClinicNetwork.Clinics(), new ValueOptions(), CancellationToken.None);
        using var workbook = new WorkbookReader(path);

        Assert.DoesNotContain(Sheet, workbook.SheetNames);
    }

    public void Dispose() => _folder.Dispose();

    private static List<EdCategoryTotal> Categories() =>
    [
        new("N1", First, 40, new EdWeights(0, 0, 10, 20, 5, 0, 0, 0), 5),
        new("N1", First.Plus(1), 60, new EdWeights(0, 0, 15, 30, 15, 0, 0, 0), 0),
        new("N2", First.Plus(1), 50, new EdWeights(0, 0, 25, 25, 0, 0, 0, 0), 0),
    ];

    private static IEnumerable<string> MethodsTexts(WorkbookReader workbook) =>
        workbook.Part("Methods").Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()
            .Where(c => c.CellValue is not null || c.InlineString is not null)
            .Select(c => workbook.Text("Methods", c.CellReference!.Value!) ?? "");

    private Task<string> WriteAsync() =>
        ValueWorkbook.WriteAsync(
            _folder.Path, new DateOnly(2024, 4, 15), TwoClinicNetwork.Screening(), TwoClinicNetwork.Clinics(), new ValueOptions(), CancellationToken.None, edCategories: Categories());
}
