using ClosedXML.Excel;

namespace QiPipeline.Reports;

/// <summary>
/// The first row of every sheet of every workbook: who may read it, in the workbook's colour (red internal,
/// amber pilot, green payer-ready), so a printed page says what it is. The page is set landscape, one page wide.
/// </summary>
internal static class SheetBanner
{
    /// <summary>Writes <paramref name="text"/> across <paramref name="columns"/> columns of row 1.</summary>
    public static void Add(IXLWorksheet sheet, int columns, string text, string fillHtml, string fontHtml)
    {
        sheet.Cell(1, 1).Value = text;
        var range = sheet.Range(1, 1, 1, columns);
        range.Style.Fill.BackgroundColor = XLColor.FromHtml(fillHtml);
        range.Style.Font.FontColor = XLColor.FromHtml(fontHtml);
        range.Style.Font.Bold = true;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
    }
}
