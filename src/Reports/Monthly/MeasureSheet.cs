using ClosedXML.Excel;
using QiPipeline.Metrics.Spc;
using QiPipeline.Reports.Charts;
using QiPipeline.Reports.OpenXml;

namespace QiPipeline.Reports.Monthly;

/// <summary>
/// A measure's sheet: per clinic (the network last) a block with the chart's data table on the left and
/// its PNG on the right (placed after saving, see <see cref="PictureInserter"/>).
/// </summary>
internal static class MeasureSheet
{
    /// <summary>The first row of the first block.</summary>
    public const int FirstBlockRow = 3;

    /// <summary>The 0-based column where charts start (L), after the table and a spacer.</summary>
    public const int ChartColumn = 11;

    private const int ChartColumns = 8;
    private const double ChartColumnWidth = 13;
    private const int ChartRows = SpcChartRenderer.Height / 20;

    public static readonly string[] TableColumns =
        ["Month", "Numerator", "Denominator", "Rate", "Centre line", "Lower limit", "Upper limit", "Part", "Signals", "Status"];

    private static readonly double[] Widths = [9, 11, 12, 9, 9, 9, 9, 6, 30, 9, 2];

    /// <summary>Writes the sheet and returns its charts to insert.</summary>
    public static List<SheetImage> Write(IXLWorkbook workbook, string name, IReadOnlyList<ClinicSeries> series, IReadOnlyList<PdsaCycle> cycles)
    {
        var sheet = workbook.Worksheets.Add(name);
        SheetStyle.AddBanner(sheet, ChartColumn + ChartColumns);
        var measure = series[0].Measure;
        sheet.Cell(2, 1).Value = $"{measure.MeasureId} ({measure.Unit}): per clinic and for the network, the SPC chart and its data; hollow points are pending months";
        sheet.Cell(2, 1).Style.Font.Bold = true;
        for (var c = 0; c < Widths.Length; c++)
        {
            sheet.Column(c + 1).Width = Widths[c];
        }

        for (var c = 0; c < ChartColumns; c++)
        {
            sheet.Column(ChartColumn + c + 1).Width = ChartColumnWidth;
        }

        var images = new List<SheetImage>();
        var row = FirstBlockRow;
        foreach (var s in series)
        {
            var clinicCycles = cycles.Where(c => c.MeasureId == s.Measure.MeasureId
                && (s.Clinic.Id == Metrics.Engine.KpiRow.Network || c.ClinicIds.Contains(s.Clinic.Id))).ToList();
            WriteBlock(sheet, row, s);
            if (s.Chart is not null)
            {
                images.Add(new SheetImage(name, SpcChartRenderer.Render(s, clinicCycles), $"{s.Measure.MeasureId} {s.Clinic.Id}",
                    ChartColumn, row - 1, ChartColumn + ChartColumns, row - 1 + ChartRows));
            }

            row += Math.Max(s.Rows.Count + 2, ChartRows) + 2;
        }

        sheet.SheetView.FreezeRows(1);
        sheet.PageSetup.PrintAreas.Add(sheet.Range(1, 1, Math.Max(row, FirstBlockRow + 1), ChartColumn + ChartColumns).RangeAddress.ToStringRelative());
        return images;
    }

    private static void WriteBlock(IXLWorksheet sheet, int top, ClinicSeries s)
    {
        var goLive = s.Clinic.GoLive is { } g ? $", go-live {g:yyyy-MM-dd} starts part 2" : "";
        sheet.Cell(top, 1).Value = $"{s.Clinic.Id} — {s.Clinic.Name}: {s.ChartName}{goLive}";
        sheet.Cell(top, 1).Style.Font.Bold = true;
        sheet.Cell(top, 1).Style.Font.FontSize = 12;
        for (var c = 0; c < TableColumns.Length; c++)
        {
            sheet.Cell(top + 1, c + 1).Value = TableColumns[c];
        }

        SheetStyle.Header(sheet.Range(top + 1, 1, top + 1, TableColumns.Length));
        var format = s.Measure.NumberFormat;
        var scale = s.Measure.Scale;
        for (var i = 0; i < s.Rows.Count; i++)
        {
            var r = top + 2 + i;
            var kpi = s.Rows[i];
            SheetStyle.Month(sheet.Cell(r, 1), kpi.Period);
            SheetStyle.Number(sheet.Cell(r, 2), kpi.Numerator, "#,##0.##");
            SheetStyle.Number(sheet.Cell(r, 3), kpi.Denominator, "#,##0");
            SheetStyle.Number(sheet.Cell(r, 4), kpi.Rate * scale, format);
            sheet.Cell(r, 10).Value = kpi.Status;
            if (kpi.Pending)
            {
                sheet.Range(r, 1, r, TableColumns.Length).Style.Font.Italic = true;
            }

            if (s.PointAt(i) is not { } point)
            {
                continue;
            }

            SheetStyle.Number(sheet.Cell(r, 5), point.Centre * scale, format);
            SheetStyle.Number(sheet.Cell(r, 6), point.Lower * scale, format);
            SheetStyle.Number(sheet.Cell(r, 7), point.Upper * scale, format);
            sheet.Cell(r, 8).Value = point.Part;
            var signals = Signals(s, i, point);
            sheet.Cell(r, 9).Value = signals.Text;
            if (signals.Fill is { } fill)
            {
                sheet.Cell(r, 9).Style.Fill.BackgroundColor = XLColor.FromHtml(fill);
            }
        }
    }

    /// <summary>The rules that fired at a point, led by its Making Data Count judgement.</summary>
    public static (string Text, string? Fill) Signals(ClinicSeries series, int row, SpcPoint point)
    {
        var mdc = series.MdcAt(row)!;
        var rules = new List<string>();
        if (point.SigmaSignal)
        {
            rules.Add("beyond limits");
        }

        if (mdc.Shift)
        {
            rules.Add("shift");
        }

        if (mdc.Trend)
        {
            rules.Add("trend");
        }

        if (mdc.TwoOfThree)
        {
            rules.Add("2 of 3 near limit");
        }

        if (series.RunsSignalAt(row))
        {
            rules.Add("runs (part)");
        }

        if (rules.Count == 0)
        {
            return ("", null);
        }

        var (symbol, fill) = MdcSymbols.Of(mdc.Variation, series.Measure.Direction);
        var judgement = mdc.Variation == Variation.CommonCause ? "" : symbol + ": ";
        return (judgement + string.Join(", ", rules), mdc.Variation == Variation.CommonCause ? null : fill);
    }
}
