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

    /// <summary>The RGB (ARGB hex) of the cell's solid fill, or null when it has none.</summary>
    public string? Fill(string sheet, string reference)
    {
        var cell = Part(sheet).Worksheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (cell?.StyleIndex is null)
        {
            return null;
        }

        var styles = _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex.Value);
        var fill = styles.Fills!.Elements<Fill>().ElementAt((int)(format.FillId?.Value ?? 0));
        return fill.PatternFill?.PatternType?.Value == PatternValues.Solid ? fill.PatternFill.ForegroundColor?.Rgb?.Value : null;
    }

    /// <summary>The sheet's print area (the defined name _xlnm.Print_Area local to it), or null.</summary>
    public string? PrintArea(string sheet)
    {
        var workbook = _document.WorkbookPart!.Workbook;
        var index = workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList().IndexOf(sheet);
        return workbook.DefinedNames?.Elements<DefinedName>()
            .FirstOrDefault(d => d.Name == "_xlnm.Print_Area" && d.LocalSheetId?.Value == (uint)index)?.Text;
    }

    /// <summary>The frozen pane of the sheet's first view (ClosedXML writes frozenSplit), or null when nothing is frozen.</summary>
    public Pane? FrozenPane(string sheet) =>
        Part(sheet).Worksheet.Descendants<Pane>().FirstOrDefault(p => p.State?.Value == PaneStateValues.Frozen || p.State?.Value == PaneStateValues.FrozenSplit);

    /// <summary>The cell's number format code (built-in ids 0, 9 and 10 as General, 0% and 0.00%), or null for a missing cell.</summary>
    public string? NumberFormat(string sheet, string reference)
    {
        var cell = Part(sheet).Worksheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (cell is null)
        {
            return null;
        }

        var styles = _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = cell.StyleIndex is null ? null : styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex.Value);
        var id = format?.NumberFormatId?.Value ?? 0;
        return id switch
        {
            0 => "General",
            9 => "0%",
            10 => "0.00%",
            _ => styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(n => n.NumberFormatId?.Value == id)?.FormatCode?.Value,
        };
    }

    public double Number(string sheet, string reference) =>
        double.Parse(Text(sheet, reference) ?? throw new InvalidOperationException($"{sheet}!{reference} is empty"), System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _document.Dispose();
}
