using System.Globalization;
using ClosedXML.Excel;
using QiPipeline.Metrics.Comparisons;
using QiPipeline.Reports.Charts;
using QiPipeline.Reports.Monthly;
using QiPipeline.Reports.OpenXml;

namespace QiPipeline.Reports.Pilot;

/// <summary>
/// A pilot clinic's first sheet: per measure (by its display name) before, after, the change with its 95%
/// interval and reading, the change against the comparison clinics with its interval and reading, in ten
/// columns; below, one SPC chart per measure, two to a printed page. The full statistics are on
/// the clinic's statistics sheet.
/// </summary>
internal static class PilotReadingsSheet
{
    public const int HeaderRow = PilotStyle.TableHeaderRow;

    /// <summary>Pixels of a default row (15 points).</summary>
    private const double RowPixels = 20;

    private static readonly (string Title, double Width)[] Columns =
    [
        ("Measure", 30), ("Before", 9), ("After", 9), ("Change", 9), ("Change: 95% interval", 16), ("Reading", 22),
        ("Change against comparison", 10), ("Against comparison: 95% interval", 16), ("Reading against comparison", 28), ("Units before / after", 14),
    ];

    /// <summary>A chart's width in pixels: two, one under the other, and the repeated header fill a landscape page at the sheet's scale.</summary>
    private const int ChartWidth = 880;

    /// <summary>About how many characters of column width a landscape page holds at 100% (LibreOffice and Excel, default margins).</summary>
    private const double PageCharacters = 86;

    /// <summary>Writes the sheet and returns its charts, to insert once the workbook is saved.</summary>
    public static List<SheetImage> Write(IXLWorkbook workbook, string name, string statisticsName, PilotClinic pilot, PilotOptions options)
    {
        var sheet = workbook.Worksheets.Add(name);
        var goLive = pilot.GoLive.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var row = PilotStyle.WriteTable(
            sheet,
            $"{pilot.Clinic.Name}: after (from go-live, {goLive}) against before, and against the comparison clinics; full statistics on '{statisticsName}', how to read on About",
            Columns,
            pilot,
            (cells, pilotRow) => WriteRow(cells, pilotRow, options));
        var images = Charts(sheet, name, pilot, row + 2, out var lastRow);
        sheet.PageSetup.PrintAreas.Add(1, 1, Math.Max(row, lastRow), Columns.Length);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, HeaderRow);

        // A fixed scale rather than fit-to-width, so the page breaks hold (Excel ignores them when fitting):
        // the table on the first page, then two charts a page.
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.Scale = Scale();
        return images;
    }

    private static void WriteRow(IXLRow row, PilotRow pilot, PilotOptions options)
    {
        var measure = pilot.Measure;
        var estimates = PilotEstimates.Of(pilot);
        row.Cell(1).Value = measure.DisplayName;
        Value(row.Cell(2), pilot.Before, measure);
        Value(row.Cell(3), pilot.After, measure);
        var reading = PilotReadings.OfChange(pilot, estimates);
        if (estimates.Change is { } change)
        {
            Change(row.Cell(4), row.Cell(5), change, measure);
        }

        PilotStyle.Reading(row.Cell(6), reading);
        var against = PilotReadings.AgainstComparison(pilot, estimates, options);
        if (against != PilotReading.TooFewComparison && estimates.Effect is { } effect)
        {
            Change(row.Cell(7), row.Cell(8), effect, measure);
        }

        PilotStyle.Reading(row.Cell(9), against);
        // Text, not left to ClosedXML, which reads "18 / 46" as a date.
        row.Cell(10).SetValue(string.Create(CultureInfo.InvariantCulture, $"{pilot.Before.Denominator:#,##0} / {pilot.After.Denominator:#,##0}"));
        row.Cell(10).DataType = XLDataType.Text;
        row.Cell(10).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        row.Cell(1).Style.Alignment.WrapText = true;
        SheetStyle.FitWrappedHeight(row, (measure.DisplayName, Columns[0].Width), (reading, Columns[5].Width), (against, Columns[8].Width));
    }

    private static void Value(IXLCell cell, PilotPeriod period, MeasureDisplay measure)
    {
        if (period.Denominator == 0)
        {
            cell.Value = PilotReading.NoData;
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            return;
        }

        SheetStyle.Number(cell, period.Rate * measure.PerYearScale, measure.PerYearFormat);
    }

    /// <summary>A proportion's difference in percentage points; a rate's ratio as a percent change.</summary>
    private static void Change(IXLCell value, IXLCell interval, Interval change, MeasureDisplay measure)
    {
        if (measure.IsRate)
        {
            SheetStyle.Number(value, change.Estimate - 1, "+0%;-0%;0%");
            interval.Value = string.Create(CultureInfo.InvariantCulture, $"{change.Lower - 1:+0%;-0%;0%} to {change.Upper - 1:+0%;-0%;0%}");
        }
        else
        {
            SheetStyle.Number(value, change.Estimate * 100, CellFormats.PercentagePoints);
            interval.Value = string.Create(CultureInfo.InvariantCulture, $"{change.Lower * 100:+0.0;-0.0;0.0} to {change.Upper * 100:+0.0;-0.0;0.0} pp");
        }

        interval.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
    }

    /// <summary>One chart per measure with data, two to a printed page, one under the other.</summary>
    private static List<SheetImage> Charts(IXLWorksheet sheet, string name, PilotClinic pilot, int top, out int lastRow)
    {
        var charted = pilot.Series.Where(s => s.Chart is not null && s.Chart.Points.Count > 0).ToList();
        var images = new List<SheetImage>();
        lastRow = top;
        if (charted.Count == 0)
        {
            return images;
        }

        // A fixed size in pixels (the PNG's shape), anchored at its top-left cell: the rows below are reserved for it.
        var height = (int)Math.Round(ChartWidth * (double)SpcChartRenderer.Height / SpcChartRenderer.Width);
        var chartRows = (int)Math.Ceiling(height / RowPixels) + 1;
        sheet.PageSetup.AddHorizontalPageBreak(top - 1);
        sheet.Cell(top, 1).Value = "Charts: each measure's monthly series at this clinic, split at go-live (dashed line); "
            + "filled coloured points are special causes, hollow points pending months. Two a page.";
        sheet.Cell(top, 1).Style.Font.Bold = true;
        var row = top + 1;
        for (var i = 0; i < charted.Count; i++)
        {
            if (i > 0 && i % 2 == 0)
            {
                sheet.PageSetup.AddHorizontalPageBreak(row - 1);
            }

            // Heights set, not left to the reader's default, so the reserved rows hold the chart.
            sheet.Rows(row, row + chartRows - 1).Height = RowPixels * 0.75;

            // The picture's name gives the PNG's file name for slides: ids, stable across releases.
            images.Add(new SheetImage(name, SpcChartRenderer.Render(charted[i], []), $"{charted[i].Measure.MeasureId} {pilot.Clinic.Id}",
                0, row - 1, Columns.Length, row - 1 + chartRows, ChartWidth, height));
            row += chartRows;
        }

        lastRow = row;
        return images;
    }

    /// <summary>The print scale at which the ten columns fill a landscape page's width.</summary>
    private static int Scale() => (int)Math.Floor(100 * PageCharacters / Columns.Sum(c => c.Width + 0.7));
}
