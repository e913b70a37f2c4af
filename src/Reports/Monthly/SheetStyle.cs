using ClosedXML.Excel;

namespace QiPipeline.Reports.Monthly;

/// <summary>What every sheet of the workbook shares: the internal-use banner, header and number styles.</summary>
internal static class SheetStyle
{
    public const string Banner =
        "INTERNAL — for the QI team only. This workbook may contain patient-level data; do not share it outside the organisation.";

    /// <summary>Writes the banner across the first row (columns 1 to <paramref name="columns"/>).</summary>
    public static void AddBanner(IXLWorksheet sheet, int columns)
    {
        SheetBanner.Add(sheet, columns, Banner, "#F8D7DA", "#842029");
    }

    /// <summary>A table's header row: the titles, the column widths (set by hand: ClosedXML's AdjustToContents needs GDI+), the header style.</summary>
    public static void HeaderRow(IXLWorksheet sheet, int headerRow, IReadOnlyList<(string Title, double Width)> columns)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(headerRow, c + 1).Value = columns[c].Title;
            sheet.Column(c + 1).Width = columns[c].Width;
        }

        Header(sheet.Range(headerRow, 1, headerRow, columns.Count));
        FitWrappedHeight(sheet.Row(headerRow), [.. columns]);
    }

    public static void Header(IXLRange range)
    {
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDE5EE");
        range.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        range.Style.Alignment.WrapText = true;
    }

    /// <summary>Sets a number, leaving the cell empty for no value (null, NaN, infinite).</summary>
    public static void Number(IXLCell cell, double? value, string format)
    {
        if (value is { } v && double.IsFinite(v))
        {
            cell.Value = v;
            cell.Style.NumberFormat.Format = format;
        }
    }

    /// <summary>A month as a date shown YYYY-MM (a string like 2025-01 would be turned into a date anyway).</summary>
    public static void Month(IXLCell cell, Metrics.Timeline.Month month)
    {
        cell.Value = month.Start.ToDateTime(TimeOnly.MinValue);
        cell.Style.NumberFormat.Format = "yyyy-mm";
    }

    /// <summary>A symbol cell with its fill colour (the Making Data Count icons).</summary>
    public static void Symbol(IXLCell cell, (string Text, string? Fill) symbol)
    {
        cell.Value = symbol.Text;
        if (symbol.Fill is { } fill)
        {
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml(fill);
        }
    }

    /// <summary>
    /// Sets a row's height for its wrapped cells: Excel grows a wrapped row when it opens the file, but
    /// LibreOffice and printouts keep the stored height, and the lines then overlap. About one character
    /// per unit of column width, 15 points per line.
    /// </summary>
    public static void FitWrappedHeight(IXLRow row, params (string Text, double Width)[] cells)
    {
        var lines = cells.Max(c => Math.Ceiling(c.Text.Length / Math.Max(1, c.Width - 2)));
        row.Height = 15 * Math.Max(1, lines);
    }
}
