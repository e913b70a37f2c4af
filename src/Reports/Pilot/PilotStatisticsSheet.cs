using System.Globalization;
using ClosedXML.Excel;
using QiPipeline.Metrics.Comparisons;
using QiPipeline.Reports.Monthly;

namespace QiPipeline.Reports.Pilot;

/// <summary>
/// A pilot clinic's statistics sheet: per measure before against after go-live with every count and interval,
/// the change and the change against the comparison clinics with plain readings. The readings sheet comes
/// first; this one is for whoever wants to check it.
/// </summary>
internal static class PilotStatisticsSheet
{
    public const int HeaderRow = PilotStyle.TableHeaderRow;

    private static readonly (string Title, double Width)[] Columns =
    [
        ("Measure", 32), ("Unit", 24),
        ("Before: months", 28), ("Before: numerator", 11), ("Before: denominator", 12), ("Before", 9), ("Before: 95% low", 9), ("Before: 95% high", 9),
        ("After: months", 28), ("After: numerator", 11), ("After: denominator", 12), ("After", 9), ("After: 95% low", 9), ("After: 95% high", 9),
        ("Change", 9), ("Change: 95% low", 9), ("Change: 95% high", 9), ("Change is the", 26), ("Reading", 22),
        ("Comparison clinics: before", 12), ("Comparison clinics: after", 12),
        ("Change against comparison", 12), ("Against comparison: 95% low", 11), ("Against comparison: 95% high", 11), ("Against comparison is the", 34), ("Reading against comparison", 22),
        ("Notes", 110),
    ];

    /// <summary>Writes the sheet.</summary>
    public static void Write(IXLWorkbook workbook, string name, PilotClinic pilot, PilotOptions options)
    {
        var sheet = workbook.Worksheets.Add(name);
        var goLive = pilot.GoLive.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var row = PilotStyle.WriteTable(
            sheet,
            $"{pilot.Clinic.Name}, statistics: before (final months before the go-live month) against after (final months from {goLive} on), 95% intervals; see About",
            Columns,
            pilot,
            (cells, pilotRow) => WriteRow(cells, pilotRow, options));
        sheet.Range(HeaderRow, 1, row, Columns.Length).SetAutoFilter();
        sheet.PageSetup.PrintAreas.Add(1, 1, row, Columns.Length);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, HeaderRow);
    }

    private static void WriteRow(IXLRow row, PilotRow pilot, PilotOptions options)
    {
        var measure = pilot.Measure;
        var estimates = PilotEstimates.Of(pilot);
        var tooFew = PilotReadings.TooFewComparison(pilot, options);
        row.Cell(1).Value = measure.DisplayName;
        row.Cell(2).Value = measure.PerYearUnit;
        Period(row, 3, pilot.Before, estimates.Before, measure);
        Period(row, 9, pilot.After, estimates.After, measure);
        var changeFormat = measure.IsRate ? "0.00" : CellFormats.PercentagePoints;
        var changeScale = measure.IsRate ? 1 : 100;
        Estimate(row, 15, estimates.Change, changeFormat, changeScale);
        if (estimates.Change is not null)
        {
            row.Cell(18).Value = measure.IsRate ? "rate ratio, after / before" : "after − before, % points";
        }

        PilotStyle.Reading(row.Cell(19), PilotReadings.OfChange(pilot, estimates));
        SheetStyle.Number(row.Cell(20), pilot.ComparisonBefore.Rate * measure.PerYearScale, measure.PerYearFormat);
        SheetStyle.Number(row.Cell(21), pilot.ComparisonAfter.Rate * measure.PerYearScale, measure.PerYearFormat);
        if (!tooFew)
        {
            Estimate(row, 22, estimates.Effect, changeFormat, changeScale);
            if (estimates.Effect is not null)
            {
                row.Cell(25).Value = measure.IsRate ? "pilot / comparison rate ratio" : "pilot − comparison change, % points";
            }
        }

        PilotStyle.Reading(row.Cell(26), PilotReadings.AgainstComparison(pilot, estimates, options));
        var notes = string.Join("; ", estimates.Warnings);
        row.Cell(27).Value = notes;
        row.Cell(27).Style.Alignment.WrapText = true;
        SheetStyle.FitWrappedHeight(row, (notes, 110));
    }

    private static void Period(IXLRow row, int column, PilotPeriod period, Interval? interval, MeasureDisplay measure)
    {
        row.Cell(column).Value = period.Describe();
        SheetStyle.Number(row.Cell(column + 1), period.Numerator, CellFormats.Count);
        SheetStyle.Number(row.Cell(column + 2), period.Denominator, CellFormats.Count);
        if (period.Denominator == 0)
        {
            row.Cell(column + 3).Value = PilotReading.NoData;
            return;
        }

        SheetStyle.Number(row.Cell(column + 3), period.Rate * measure.PerYearScale, measure.PerYearFormat);
        SheetStyle.Number(row.Cell(column + 4), interval?.Lower * measure.PerYearScale, measure.PerYearFormat);
        SheetStyle.Number(row.Cell(column + 5), interval?.Upper * measure.PerYearScale, measure.PerYearFormat);
    }

    private static void Estimate(IXLRow row, int column, Interval? interval, string format, double scale)
    {
        SheetStyle.Number(row.Cell(column), interval?.Estimate * scale, format);
        SheetStyle.Number(row.Cell(column + 1), interval?.Lower * scale, format);
        SheetStyle.Number(row.Cell(column + 2), interval?.Upper * scale, format);
    }
}
