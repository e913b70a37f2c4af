using ClosedXML.Excel;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Monthly;

/// <summary>The Summary sheet: one row per measure and clinic (the network last).</summary>
internal static class SummarySheet
{
    public const string Name = "Summary";

    /// <summary>The row of the column headers; data starts on the next row.</summary>
    public const int HeaderRow = 3;

    private static readonly (string Title, double Width)[] Columns =
    [
        ("Measure", 28), ("Clinic", 8), ("Clinic name", 26), ("Chart", 14), ("Unit", 18), ("Latest final month", 11),
        ("Latest", 10), ("Baseline", 10), ("Change", 10), ("Baseline months", 36), ("Variation", 18), ("Target", 10), ("Assurance", 20),
        ("Pending months", 30),
    ];

    public static void Write(IXLWorkbook workbook, Month month, IEnumerable<ClinicSeries> series)
    {
        var sheet = workbook.Worksheets.Add(Name);
        SheetStyle.AddBanner(sheet, Columns.Length);
        sheet.Cell(2, 1).Value = $"Monthly QI summary, {month}: latest final month against the baseline, with the Making Data Count icons";
        sheet.Cell(2, 1).Style.Font.Bold = true;
        SheetStyle.HeaderRow(sheet, HeaderRow, Columns);
        var row = HeaderRow;
        foreach (var s in series)
        {
            row++;
            var figures = SummaryFigures.Of(s);
            var format = s.Measure.NumberFormat;
            sheet.Cell(row, 1).Value = s.Measure.MeasureId;
            sheet.Cell(row, 2).Value = s.Clinic.Id;
            sheet.Cell(row, 3).Value = s.Clinic.Name;
            sheet.Cell(row, 4).Value = s.ChartName;
            sheet.Cell(row, 5).Value = s.Measure.Unit;
            if (figures.LatestMonth is { } latest)
            {
                SheetStyle.Month(sheet.Cell(row, 6), latest);
            }

            SheetStyle.Number(sheet.Cell(row, 7), figures.Latest * s.Measure.Scale, format);
            SheetStyle.Number(sheet.Cell(row, 8), figures.Baseline * s.Measure.Scale, format);
            SheetStyle.Number(sheet.Cell(row, 9), figures.Change * s.Measure.Scale, s.Measure.IsRate ? "+0.0;-0.0;0.0" : "+0.0%;-0.0%;0.0%");
            sheet.Cell(row, 10).Value = figures.BaselineBasis;
            SheetStyle.Symbol(sheet.Cell(row, 11), MdcSymbols.Of(figures.Variation, s.Measure.Direction));
            SheetStyle.Number(sheet.Cell(row, 12), s.Target * s.Measure.Scale, format);
            SheetStyle.Symbol(sheet.Cell(row, 13), MdcSymbols.Of(figures.Assurance, s.Target is not null));
            sheet.Cell(row, 14).Value = Pending(figures.PendingMonths);
            if (figures.PendingMonths.Count > 0)
            {
                sheet.Cell(row, 14).Style.Font.Italic = true;
            }
        }

        sheet.Range(HeaderRow, 1, Math.Max(row, HeaderRow + 1), Columns.Length).SetAutoFilter();
        sheet.SheetView.FreezeRows(HeaderRow);
    }

    /// <summary>"none", or how many months are pending and which (provisional: their rates will still rise).</summary>
    public static string Pending(IReadOnlyList<Month> months) => months.Count switch
    {
        0 => "none",
        1 => $"1 pending: {months[0]}",
        _ => $"{months.Count} pending: {months[0]}..{months[^1]}",
    };
}
