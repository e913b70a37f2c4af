using ClosedXML.Excel;

namespace QiPipeline.Reports.Monthly;

/// <summary>
/// The last touch before saving, for every sheet: a print area (the cells used, formats included, when the
/// sheet set none itself), landscape and one page wide (unless the sheet chose its own width in pages), and, when the sheet freezes rows but set no print
/// titles, those rows repeated at the top of every printed page. A sheet added later by anyone gets them too.
/// </summary>
internal static class SheetFinish
{
    public static void Apply(IXLWorkbook workbook)
    {
        foreach (var sheet in workbook.Worksheets)
        {
            sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
            if (sheet.PageSetup.PagesWide == 0)
            {
                sheet.PageSetup.FitToPages(1, 0);
            }
            if (!sheet.PageSetup.PrintAreas.Any() && sheet.RangeUsed(XLCellsUsedOptions.All) is { } used)
            {
                sheet.PageSetup.PrintAreas.Add(sheet.Range(1, 1, used.LastRow().RowNumber(), used.LastColumn().ColumnNumber()).RangeAddress.ToStringRelative());
            }

            if (sheet.PageSetup.FirstRowToRepeatAtTop == 0 && sheet.SheetView.SplitRow > 0)
            {
                sheet.PageSetup.SetRowsToRepeatAtTop(1, sheet.SheetView.SplitRow);
            }
        }
    }
}
