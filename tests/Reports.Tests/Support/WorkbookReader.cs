using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace QiPipeline.Reports.Tests.Support;

/// <summary>Reads a saved workbook through the Open XML SDK (never ClosedXML: loading pictures needs GDI+).</summary>
internal sealed class WorkbookReader : IDisposable
{
    private readonly SpreadsheetDocument _document;

    public WorkbookReader(string path) => _document = SpreadsheetDocument.Open(path, isEditable: false);

    public IReadOnlyList<string> SheetNames =>
        _document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public WorksheetPart Part(string sheet)
    {
        var workbook = _document.WorkbookPart!;
        var entry = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet);
        return (WorksheetPart)workbook.GetPartById(entry.Id!);
    }

    /// <summary>The cell's text as stored (shared strings resolved), or null for a missing cell.</summary>
    public string? Text(string sheet, string reference)
    {
        var cell = Part(sheet).Worksheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (cell is null)
        {
            return null;
        }

        if (cell.DataType?.Value == CellValues.SharedString)
        {
            var index = int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
            return _document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(index).InnerText;
        }

        return cell.DataType?.Value == CellValues.InlineString ? cell.InnerText : cell.CellValue?.Text;
    }

    public double Number(string sheet, string reference) =>
        double.Parse(Text(sheet, reference) ?? throw new InvalidOperationException($"{sheet}!{reference} is empty"), System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _document.Dispose();
}
