using ClosedXML.Excel;

namespace QiPipeline.Reports.Pilot;

/// <summary>What every sheet of the pilot workbook shares: the banner saying what it holds and whom it is for.</summary>
internal static class PilotStyle
{
    public const string Banner =
        "AGGREGATES ONLY — no patient ids. Small counts are NOT suppressed: for the QI team and the pilot clinics; check before sharing further.";

    public static void AddBanner(IXLWorksheet sheet, int columns, string title)
    {
        sheet.Cell(1, 1).Value = Banner;
        var range = sheet.Range(1, 1, 1, columns);
        range.Style.Fill.BackgroundColor = XLColor.FromHtml("#FFF3CD");
        range.Style.Font.FontColor = XLColor.FromHtml("#664D03");
        range.Style.Font.Bold = true;
        sheet.Cell(2, 1).Value = title;
        sheet.Cell(2, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).Style.Font.FontSize = 12;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
    }

    /// <summary>A reading cell coloured as the Making Data Count icons are: blue improved, orange worse.</summary>
    public static void Reading(IXLCell cell, string reading)
    {
        cell.Value = reading;
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
