using ClosedXML.Excel;
using QiPipeline.Metrics.Spc;
using QiPipeline.Reports.Charts;
using QiPipeline.Reports.OpenXml;

namespace QiPipeline.Reports.Monthly;

/// <summary>
/// A measure's sheet, named by the measure's display name: the title and one column header (frozen, and
/// repeated on every printed page), then per clinic (the network last) a block with the chart's data table on
/// the left and its PNG on the right (placed after saving, see <see cref="PictureInserter"/>).
/// </summary>
internal static class MeasureSheet
{
    /// <summary>The row of the column headers.</summary>
    public const int HeaderRow = 3;

    /// <summary>The first row of the first block.</summary>
    public const int FirstBlockRow = 4;

    /// <summary>The 0-based column where charts start (L), after the table and a spacer.</summary>
    public const int ChartColumn = 11;

    private const int ChartColumns = 8;
    private const double ChartColumnWidth = 13;

    /// <summary>Rows of 20 pixels under 8 columns of about 96: the PNG shown at 16:9.</summary>
    private const int ChartRows = 22;

    public static readonly string[] TableColumns =
        ["Period", "Numerator", "n (denominator)", "Rate", "Centre line", "Lower limit", "Upper limit", "Part", "Status", "Signals"];

    // Signals last, and wide: its text may run on into the spacer, never under a neighbour.
    private static readonly double[] Widths = [9, 11, 12, 9, 9, 9, 9, 7, 8, 44, 2];

    /// <summary>Writes the sheet and returns its charts to insert.</summary>
    public static List<SheetImage> Write(IXLWorkbook workbook, string name, IReadOnlyList<ClinicSeries> series, IReadOnlyList<PdsaCycle> cycles, DateOnly asOf)
    {
        var sheet = workbook.Worksheets.Add(name);
        SheetStyle.AddBanner(sheet, ChartColumn + ChartColumns);
        var measure = series[0].Measure;
        var description = Metrics.Catalog.MeasureCatalog.Find(measure.MeasureId)?.Description ?? "";
        sheet.Cell(2, 1).Value = $"{measure.DisplayName} ({measure.PerYearUnit}). {description} Per clinic and for the network: the SPC chart and its data; hollow points are pending, diamonds the go-live ramp.";
        sheet.Cell(2, 1).Style.Font.Bold = true;

        // The description is long: wrapped across the table and chart, two lines high, so a printout does not cut it.
        var title = sheet.Range(2, 1, 2, ChartColumn + ChartColumns);
        title.Merge();
        title.Style.Alignment.WrapText = true;
        title.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        for (var c = 0; c < Widths.Length; c++)
        {
            sheet.Column(c + 1).Width = Widths[c];
        }

        for (var c = 0; c < ChartColumns; c++)
        {
            sheet.Column(ChartColumn + c + 1).Width = ChartColumnWidth;
        }

        for (var c = 0; c < TableColumns.Length; c++)
        {
            sheet.Cell(HeaderRow, c + 1).Value = TableColumns[c];
        }

        SheetStyle.Header(sheet.Range(HeaderRow, 1, HeaderRow, TableColumns.Length));
        sheet.Row(HeaderRow).Height = 30;
        SheetStyle.FitWrappedHeight(sheet.Row(2), (sheet.Cell(2, 1).GetString(), Widths.Sum() + (ChartColumns * ChartColumnWidth)));

        var images = new List<SheetImage>();
        var row = FirstBlockRow;
        foreach (var s in series)
        {
            var clinicCycles = cycles.Where(c => c.MeasureId == s.Measure.MeasureId
                && (s.Clinic.Id == Metrics.Engine.KpiRow.Network || c.ClinicIds.Contains(s.Clinic.Id))).ToList();
            if (!s.HasData)
            {
                sheet.Cell(row, 1).Value = $"{s.Clinic.Name} ({s.Clinic.Id}): no data — no patient was in this measure's denominator in any month, so there is no chart and no reading.";
                sheet.Cell(row, 1).Style.Font.Bold = true;
                row += 3;
                continue;
            }

            WriteBlock(sheet, row, s);
            images.Add(new SheetImage(name, SpcChartRenderer.Render(s, clinicCycles, asOf), $"{s.Measure.MeasureId} {s.Clinic.Id}",
                ChartColumn, row - 1, ChartColumn + ChartColumns, row - 1 + ChartRows));
            row += Math.Max(s.Rows.Count + 1, ChartRows) + 2;
        }

        sheet.SheetView.FreezeRows(HeaderRow);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, HeaderRow);
        sheet.PageSetup.PrintAreas.Add(sheet.Range(1, 1, Math.Max(row, FirstBlockRow + 1), ChartColumn + ChartColumns).RangeAddress.ToStringRelative());
        return images;
    }

    private static void WriteBlock(IXLWorksheet sheet, int top, ClinicSeries s)
    {
        sheet.Cell(top, 1).Value = $"{s.Clinic.Name} ({s.Clinic.Id}): {s.ChartName}{Phases(s)}";
        sheet.Cell(top, 1).Style.Font.Bold = true;
        sheet.Cell(top, 1).Style.Font.FontSize = 12;
        var format = s.Measure.IsRate ? CellFormats.OneDecimal : CellFormats.Percent;
        var scale = s.Measure.PerYearScale;
        for (var i = 0; i < s.Rows.Count; i++)
        {
            var r = top + 1 + i;
            var kpi = s.Rows[i];
            if (s.Quarterly)
            {
                sheet.Cell(r, 1).Value = s.PeriodLabel(i);
            }
            else
            {
                SheetStyle.Month(sheet.Cell(r, 1), kpi.Period);
            }

            SheetStyle.Number(sheet.Cell(r, 2), kpi.Numerator, CellFormats.Count);
            SheetStyle.Number(sheet.Cell(r, 3), kpi.Denominator, CellFormats.Count);
            SheetStyle.Number(sheet.Cell(r, 4), kpi.Rate * scale, format);
            sheet.Cell(r, 9).Value = kpi.Status;
            if (kpi.Pending)
            {
                sheet.Range(r, 1, r, TableColumns.Length).Style.Font.Italic = true;
            }

            if (s.PhaseAt(i) == SeriesPhase.Ramp)
            {
                sheet.Cell(r, 8).Value = "ramp";
            }

            if (s.NotJudgedReason(i) is { } reason)
            {
                sheet.Cell(r, 10).Value = reason;
            }

            if (s.PointAt(i) is not { } point)
            {
                continue;
            }

            SheetStyle.Number(sheet.Cell(r, 5), point.Centre * scale, format);
            SheetStyle.Number(sheet.Cell(r, 6), point.Lower * scale, format);
            SheetStyle.Number(sheet.Cell(r, 7), point.Upper * scale, format);
            sheet.Cell(r, 8).Value = point.Part;
            if (!s.Judged(i))
            {
                continue;
            }

            var signals = Signals(s, i, point);
            sheet.Cell(r, 10).Value = signals.Text;
            if (signals.Fill is { } fill)
            {
                sheet.Cell(r, 10).Style.Fill.BackgroundColor = XLColor.FromHtml(fill);
            }
        }
    }

    /// <summary>", go-live 2024-07-01, ramp 2024-07..2024-09 not judged" for a pilot clinic.</summary>
    private static string Phases(ClinicSeries s)
    {
        if (s.Clinic.GoLive is not { } g)
        {
            return s.Quarterly ? ", by quarter (low volume)" : "";
        }

        var ramp = Enumerable.Range(0, s.Rows.Count).Where(i => s.PhaseAt(i) == SeriesPhase.Ramp).ToList();
        var rampText = ramp.Count == 0 ? "" : $"; ramp {s.PeriodLabel(ramp[0])}..{s.PeriodLabel(ramp[^1])} not judged";
        var low = s.Quarterly ? ", by quarter (low volume)" : "";
        return $"{low}; go-live {g:yyyy-MM-dd}{rampText}; part 2 starts after the ramp";
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
            rules.Add("runs");
        }

        if (rules.Count == 0)
        {
            return ("", null);
        }

        var variation = series.VariationAt(row)!.Value;
        var (symbol, fill) = MdcSymbols.Of(variation, series.Measure.Direction);
        var judgement = variation == Variation.CommonCause ? "" : symbol + ": ";
        return (judgement + string.Join(", ", rules), variation == Variation.CommonCause ? null : fill);
    }
}
