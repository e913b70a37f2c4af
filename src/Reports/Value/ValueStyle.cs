using System.Globalization;
using ClosedXML.Excel;
using QiPipeline.Reports.Monthly;

namespace QiPipeline.Reports.Value;

/// <summary>What every sheet of the value workbook shares: the aggregate-only banner and suppressed cells.</summary>
internal sealed class ValueStyle(int minCellSize)
{
    public const string CountFormat = "#,##0";
    public const string FractionalCountFormat = "#,##0.0";
    /// <summary>What a suppressed cell shows: "&lt;11" for the default minimum cell size.</summary>
    public string Marker { get; } = "<" + minCellSize.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// What a count hidden to protect a small one shows: it may be 0 or any count of at least the minimum
    /// cell size, so it does not claim to be small.
    /// </summary>
    public const string ComplementMarker = "[c]";

    public string BannerText => string.Create(
        CultureInfo.InvariantCulture, $"AGGREGATE DATA ONLY: no patient-level data. Counts from 1 to {minCellSize - 1} are suppressed, shown as {Marker}; see Methods.");

    public void AddBanner(IXLWorksheet sheet, int columns, string title)
    {
        SheetBanner.Add(sheet, columns, BannerText, "#D1E7DD", "#0F5132");
        sheet.Cell(2, 1).Value = title;
        sheet.Cell(2, 1).Style.Font.Bold = true;
    }

    /// <summary>Header cells with their widths, title and header frozen and repeated on every printed page, filters on, the print area set.</summary>
    public static void Table(IXLWorksheet sheet, int headerRow, IReadOnlyList<(string Title, double Width)> columns, int lastRow)
    {
        SheetStyle.HeaderRow(sheet, headerRow, columns);
        sheet.SheetView.FreezeRows(headerRow);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, headerRow);
        sheet.Range(headerRow, 1, Math.Max(headerRow, lastRow), columns.Count).SetAutoFilter();
        sheet.PageSetup.PrintAreas.Add(1, 1, Math.Max(headerRow, lastRow), columns.Count);
    }

    /// <summary>A number, or the marker when it is suppressed.</summary>
    public void Value(IXLCell cell, double? value, bool hidden, string format)
    {
        if (hidden)
        {
            Suppressed(cell);
            return;
        }

        SheetStyle.Number(cell, value, format);
    }

    /// <summary>A count: the number, the marker when it is small and hidden, or <see cref="ComplementMarker"/> when hidden to protect another.</summary>
    public void Count(IXLCell cell, double value, bool hidden, bool small, string format)
    {
        if (hidden && !small)
        {
            Suppressed(cell, ComplementMarker);
            return;
        }

        Value(cell, value, hidden, format);
    }

    public void Suppressed(IXLCell cell) => Suppressed(cell, Marker);

    private static void Suppressed(IXLCell cell, string marker)
    {
        cell.Value = marker;
        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        cell.Style.Font.FontColor = XLColor.FromHtml("#6C757D");
    }
}
