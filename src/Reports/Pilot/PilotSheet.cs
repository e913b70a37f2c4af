using System.Globalization;
using ClosedXML.Excel;
using QiPipeline.Metrics.Comparisons;
using QiPipeline.Reports.Charts;
using QiPipeline.Reports.Monthly;
using QiPipeline.Reports.OpenXml;

namespace QiPipeline.Reports.Pilot;

/// <summary>
/// A pilot clinic's sheet: per measure before against after go-live, the change and the change against the
/// comparison clinics with plain readings; below the table the key measures' SPC charts, split at go-live.
/// </summary>
internal static class PilotSheet
{
    public const int HeaderRow = 3;

    /// <summary>The measures charted below the table, when the run has them.</summary>
    public static readonly string[] KeyMeasures =
        ["depression_screening", "depression_followup", "referral_engagement", "warm_handoff", "phq9_followup_6m", "avoidable_ed_visits"];

    private const int ChartsPerRow = 2;
    private const int ChartRows = SpcChartRenderer.Height / 20;

    private static readonly (string Title, double Width)[] Columns =
    [
        ("Measure", 27), ("Unit", 17),
        ("Before: months", 28), ("Before: numerator", 11), ("Before: denominator", 12), ("Before", 9), ("Before: 95% low", 9), ("Before: 95% high", 9),
        ("After: months", 28), ("After: numerator", 11), ("After: denominator", 12), ("After", 9), ("After: 95% low", 9), ("After: 95% high", 9),
        ("Change", 9), ("Change: 95% low", 9), ("Change: 95% high", 9), ("Change is the", 26), ("Reading", 22),
        ("Comparison clinics: before", 12), ("Comparison clinics: after", 12),
        ("Change against comparison", 12), ("Against comparison: 95% low", 11), ("Against comparison: 95% high", 11), ("Against comparison is the", 34), ("Reading against comparison", 22),
        ("Notes", 110),
    ];

    /// <summary>Writes the sheet and returns its charts to insert.</summary>
    public static List<SheetImage> Write(IXLWorkbook workbook, string name, PilotClinic pilot)
    {
        var sheet = workbook.Worksheets.Add(name);
        var goLive = pilot.GoLive.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        PilotStyle.AddBanner(sheet, Columns.Length,
            $"{pilot.Clinic.Id} — {pilot.Clinic.Name}: before (final months before the go-live month) against after (final months from {goLive} on), 95% intervals; see About");
        var row = HeaderRow;
        foreach (var pilotRow in pilot.Rows)
        {
            row++;
            WriteRow(sheet.Row(row), pilotRow);
        }

        SheetStyle.HeaderRow(sheet, HeaderRow, Columns);
        sheet.Row(HeaderRow).Height = 45;
        sheet.SheetView.Freeze(HeaderRow, 1);
        sheet.Range(HeaderRow, 1, row, Columns.Length).SetAutoFilter();
        var images = Charts(sheet, name, pilot, row + 2, out var lastRow);
        sheet.PageSetup.PrintAreas.Add(1, 1, Math.Max(row, lastRow), Columns.Length);
        return images;
    }

    private static void WriteRow(IXLRow row, PilotRow pilot)
    {
        var measure = pilot.Measure;
        var estimates = PilotEstimates.Of(pilot);
        row.Cell(1).Value = measure.MeasureId;
        row.Cell(2).Value = measure.Unit;
        Period(row, 3, pilot.Before, estimates.Before, measure);
        Period(row, 9, pilot.After, estimates.After, measure);
        var changeFormat = measure.IsRate ? "0.00" : "+0.0%;-0.0%;0.0%";
        Estimate(row, 15, estimates.Change, changeFormat);
        if (estimates.Change is not null)
        {
            row.Cell(18).Value = measure.IsRate ? "rate ratio, after / before" : "after − before, % points";
        }

        PilotStyle.Reading(row.Cell(19), estimates.Change is null ? "no data" : PilotReading.Of(estimates.Change, measure.IsRate, measure.Direction));
        SheetStyle.Number(row.Cell(20), pilot.ComparisonBefore.Rate * measure.Scale, measure.NumberFormat);
        SheetStyle.Number(row.Cell(21), pilot.ComparisonAfter.Rate * measure.Scale, measure.NumberFormat);
        Estimate(row, 22, estimates.Effect, changeFormat);
        if (estimates.Effect is not null)
        {
            row.Cell(25).Value = measure.IsRate ? "pilot / comparison rate ratio" : "pilot − comparison change, % points";
        }

        PilotStyle.Reading(row.Cell(26), estimates.Change is null ? "no data"
            : estimates.Effect is null ? "no comparison data"
            : PilotReading.Of(estimates.Effect, measure.IsRate, measure.Direction));
        row.Cell(27).Value = string.Join("; ", estimates.Warnings);
    }

    private static void Period(IXLRow row, int column, PilotPeriod period, Interval? interval, MeasureDisplay measure)
    {
        row.Cell(column).Value = period.Describe();
        SheetStyle.Number(row.Cell(column + 1), period.Numerator, measure.IsRate ? "#,##0.#" : "#,##0");
        SheetStyle.Number(row.Cell(column + 2), period.Denominator, "#,##0");
        SheetStyle.Number(row.Cell(column + 3), period.Rate * measure.Scale, measure.NumberFormat);
        SheetStyle.Number(row.Cell(column + 4), interval?.Lower * measure.Scale, measure.NumberFormat);
        SheetStyle.Number(row.Cell(column + 5), interval?.Upper * measure.Scale, measure.NumberFormat);
    }

    private static void Estimate(IXLRow row, int column, Interval? interval, string format)
    {
        SheetStyle.Number(row.Cell(column), interval?.Estimate, format);
        SheetStyle.Number(row.Cell(column + 1), interval?.Lower, format);
        SheetStyle.Number(row.Cell(column + 2), interval?.Upper, format);
    }

    /// <summary>The key measures' charts in a grid below the table, <see cref="ChartsPerRow"/> across.</summary>
    private static List<SheetImage> Charts(IXLWorksheet sheet, string name, PilotClinic pilot, int top, out int lastRow)
    {
        var charted = pilot.Series.Where(s => s.Chart is not null).ToList();
        var key = KeyMeasures.Select(id => charted.FirstOrDefault(s => s.Measure.MeasureId == id)).OfType<ClinicSeries>().ToList();
        if (key.Count == 0)
        {
            key = charted.Take(KeyMeasures.Length).ToList();
        }

        sheet.Cell(top, 1).Value = "Charts: the clinic's monthly series, split into two phases at go-live (dashed line); "
            + "filled coloured points are special causes, hollow points pending months.";
        sheet.Cell(top, 1).Style.Font.Bold = true;
        var images = new List<SheetImage>();
        for (var i = 0; i < key.Count; i++)
        {
            var fromRow = top + ((i / ChartsPerRow) * (ChartRows + 1));
            var fromColumn = 0;
            for (var k = 0; k < i % ChartsPerRow; k++)
            {
                fromColumn = EndColumn(fromColumn) + 1;
            }

            images.Add(new SheetImage(name, SpcChartRenderer.Render(key[i], []), $"{key[i].Measure.MeasureId} {pilot.Clinic.Id}",
                fromColumn, fromRow, EndColumn(fromColumn), fromRow + ChartRows));
        }

        lastRow = top + (((key.Count + ChartsPerRow - 1) / ChartsPerRow) * (ChartRows + 1));
        return images;
    }

    /// <summary>
    /// The 0-based column where a chart starting at <paramref name="start"/> ends, so that its width is
    /// closest to the PNG's (Excel draws a column of width w about 7w + 5 pixels wide): the image keeps its shape.
    /// </summary>
    private static int EndColumn(int start)
    {
        var end = start;
        var pixels = 0.0;
        while (end < Columns.Length)
        {
            var next = pixels + (Columns[end].Width * 7) + 5;
            if (Math.Abs(next - SpcChartRenderer.Width) > Math.Abs(pixels - SpcChartRenderer.Width))
            {
                break;
            }

            pixels = next;
            end++;
        }

        return end;
    }
}
