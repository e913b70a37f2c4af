using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using QiPipeline.Reports.Tests.Support;

namespace QiPipeline.Reports.Tests.Value;

/// <summary>Reads a cell's number format code back from the saved styles (built-in formats by their code).</summary>
internal static class CellNumberFormat
{
    public static string? NumberFormat(this WorkbookReader workbook, string sheet, string reference)
    {
        var part = workbook.Part(sheet);
        var cell = part.Worksheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (cell?.StyleIndex is null)
        {
            return null;
        }

        var styles = part.GetParentParts().OfType<WorkbookPart>().Single().WorkbookStylesPart!.Stylesheet;
        var id = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex.Value).NumberFormatId?.Value ?? 0;
        return styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value
            ?? id switch { 3 => "#,##0", 10 => "0.00%", _ => id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }
}
