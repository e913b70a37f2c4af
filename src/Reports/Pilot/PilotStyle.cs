using ClosedXML.Excel;
using QiPipeline.Reports.Monthly;

namespace QiPipeline.Reports.Pilot;

/// <summary>What every sheet of the pilot workbook shares: the banner saying what it holds and whom it is for.</summary>
internal static class PilotStyle
{
    public const string Banner =
        "AGGREGATES ONLY — no patient ids. Small counts are NOT suppressed: for the QI team and the pilot clinics; check before sharing further.";

    public static void AddBanner(IXLWorksheet sheet, int columns, string title)
    {
        SheetBanner.Add(sheet, columns, Banner, "#FFF3CD", "#664D03");
        sheet.Cell(2, 1).Value = title;
        sheet.Cell(2, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).Style.Font.FontSize = 12;
    }

    /// <summary>The row of a table's column headers on the pilot sheets; data starts on the next row.</summary>
    public const int TableHeaderRow = 3;

    /// <summary>
    /// A pilot sheet's table: the banner, one row per measure written by <paramref name="writeRow"/>, the column
    /// headers, and the title and headers frozen. Returns the last row written.
    /// </summary>
    public static int WriteTable(
        IXLWorksheet sheet, string title, (string Title, double Width)[] columns, PilotClinic pilot, Action<IXLRow, PilotRow> writeRow)
    {
        AddBanner(sheet, columns.Length, title);
        var row = TableHeaderRow;
        foreach (var pilotRow in pilot.Rows)
        {
            row++;
            writeRow(sheet.Row(row), pilotRow);
        }

        SheetStyle.HeaderRow(sheet, TableHeaderRow, columns);
        sheet.Row(TableHeaderRow).Height = 45;
        sheet.SheetView.Freeze(TableHeaderRow, 1);
        return row;
    }

    /// <summary>A reading cell coloured as the Making Data Count icons are: blue improved, orange worse.</summary>
    public static void Reading(IXLCell cell, string reading)
    {
        cell.Value = reading;

        // Indented, so the reading does not run into the right-aligned interval before it.
        cell.Style.Alignment.Indent = 1;
        var fill = reading switch
        {
            PilotReading.Improved => "#CFE2FF",
            PilotReading.Worse => "#FFE5CC",
            _ => null,
        };
        if (fill is not null)
        {
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml(fill);
        }
    }
}
