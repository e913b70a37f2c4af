using ClosedXML.Excel;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Monthly;

/// <summary>The Summary sheet: one row per measure and clinic (the network last), each rate beside its n.</summary>
internal static class SummarySheet
{
    public const string Name = "Summary";

    /// <summary>The row of the column headers; data starts on the next row.</summary>
    public const int HeaderRow = 3;

    /// <summary>What the Latest cell says for a series without units: no data is not 0%.</summary>
    public const string NoData = "no data";

    private static readonly (string Title, double Width)[] Columns =
    [
        ("Measure", 30), ("Clinic", 8), ("Clinic name", 22), ("Chart", 16), ("Unit", 18), ("Latest final period", 11),
        ("Latest", 10), ("n latest", 8), ("Baseline", 10), ("n baseline (median)", 10), ("Change", 11), ("Baseline: median of", 36),
        ("Variation", 18), ("Target", 10), ("Assurance", 20), ("Pending", 26),
    ];

    public static void Write(IXLWorkbook workbook, Month month, IEnumerable<ClinicSeries> series)
    {
        var sheet = workbook.Worksheets.Add(Name);
        SheetStyle.AddBanner(sheet, Columns.Length);
        sheet.Cell(2, 1).Value = $"Monthly QI summary, {month}: latest final month (quarter at low volume) against the baseline, with the Making Data Count icons; n is the number of patients behind each rate";
        sheet.Cell(2, 1).Style.Font.Bold = true;
        SheetStyle.HeaderRow(sheet, HeaderRow, Columns);
        sheet.Row(HeaderRow).Height = 30;
        var row = HeaderRow;
        foreach (var s in series)
        {
            row++;
            Write(sheet.Row(row), s);
        }

        sheet.Range(HeaderRow, 1, Math.Max(row, HeaderRow + 1), Columns.Length).SetAutoFilter();
        sheet.SheetView.FreezeRows(HeaderRow);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, HeaderRow);

        // Sixteen columns one page wide print at about half size, too small to read on paper: two pages
        // wide, with the measure and clinic repeated on the second.
        sheet.PageSetup.FitToPages(2, 0);
        sheet.PageSetup.SetColumnsToRepeatAtLeft(1, 3);
    }

    private static void Write(IXLRow row, ClinicSeries s)
    {
        var figures = SummaryFigures.Of(s);
        var format = s.Measure.IsRate ? CellFormats.OneDecimal : CellFormats.Percent;
        var scale = s.Measure.PerYearScale;
        row.Cell(1).Value = s.Measure.DisplayName;
        row.Cell(2).Value = s.Clinic.Id;
        row.Cell(3).Value = s.Clinic.Name;
        row.Cell(4).Value = s.ChartName;
        row.Cell(5).Value = s.Measure.IsRate ? "per 1,000 a year" : "percent";
        if (!s.HasData)
        {
            row.Cell(7).Value = NoData;
            row.Cell(13).Value = "– no data";
            row.Cell(15).Value = "– no data";
            row.Cell(16).Value = Pending(figures.PendingMonths);
            return;
        }

        if (figures.LatestMonth is { } latest)
        {
            if (s.Quarterly)
            {
                row.Cell(6).Value = ClinicSeries.Label(latest, quarterly: true);
                row.Cell(6).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            }
            else
            {
                SheetStyle.Month(row.Cell(6), latest);
            }
        }

        SheetStyle.Number(row.Cell(7), figures.Latest * scale, format);
        SheetStyle.Number(row.Cell(8), figures.LatestN, CellFormats.Count);
        SheetStyle.Number(row.Cell(9), figures.Baseline * scale, format);
        SheetStyle.Number(row.Cell(10), figures.BaselineN, CellFormats.Count);

        // A change of proportions is in percentage points (the cell holds points); of rates, per 1,000 a year.
        SheetStyle.Number(row.Cell(11), figures.Change * (s.Measure.IsRate ? scale : 100), s.Measure.IsRate ? "+#,##0.0;-#,##0.0;0.0" : CellFormats.PercentagePoints);
        row.Cell(12).Value = figures.BaselineBasis;
        row.Cell(12).Style.Alignment.Indent = 1;
        // A latest point that is not judged (a ramp quarter, fewer than 5 patients) says why, rather than an icon.
        SheetStyle.Symbol(row.Cell(13), figures.LatestReason is { } reason
            ? ("– " + reason, null)
            : MdcSymbols.Of(figures.Variation, s.Measure.Direction));
        SheetStyle.Number(row.Cell(14), s.Target * scale, format);
        SheetStyle.Symbol(row.Cell(15), MdcSymbols.Of(figures.Assurance, s.Target is not null));
        row.Cell(16).Value = Pending(figures.PendingMonths);
        if (figures.PendingMonths.Count > 0)
        {
            row.Cell(16).Style.Font.Italic = true;
        }
    }

    /// <summary>"none", or how many months are pending and which (provisional: their rates will still rise).</summary>
    public static string Pending(IReadOnlyList<Month> months) => months.Count switch
    {
        0 => "none",
        1 => $"1 pending: {months[0]}",
        _ => $"{months.Count} pending: {months[0]}..{months[^1]}",
    };
}
