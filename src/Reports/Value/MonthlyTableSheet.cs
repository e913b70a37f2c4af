using ClosedXML.Excel;
using QiPipeline.Reports.Monthly;

namespace QiPipeline.Reports.Value;

/// <summary>The Monthly sheet: numerator, denominator and rate per measure, clinic and month, suppressed.</summary>
internal static class MonthlyTableSheet
{
    public const string Name = "Monthly";
    public const int HeaderRow = 3;

    private static readonly (string Title, double Width)[] Columns =
    [
        ("Measure", 32), ("Clinic", 8), ("Clinic name", 26), ("Month", 10), ("Status", 9), ("Numerator", 12), ("Denominator", 13),
        ("Rate", 10), ("Unit", 24),
    ];

    public static void Write(IXLWorkbook workbook, ValueTable table, ValueStyle style)
    {
        var sheet = workbook.Worksheets.Add(Name);
        style.AddBanner(sheet, Columns.Length, "Each measure per clinic and month (the network: all clinics together)");
        var row = HeaderRow;
        foreach (var month in table.Months)
        {
            row++;
            var measure = month.Measure;
            sheet.Cell(row, 1).Value = measure.DisplayName;
            sheet.Cell(row, 2).Value = month.Clinic.Id;
            sheet.Cell(row, 3).Value = month.Clinic.Name;
            SheetStyle.Month(sheet.Cell(row, 4), month.Row.Period);
            sheet.Cell(row, 5).Value = month.Row.Status;
            var countFormat = ValueStyle.CountFormat;
            style.Count(sheet.Cell(row, 6), month.Row.Numerator, table.IsHidden(month.Cells.Numerator), table.IsSmall(month.Cells.Numerator), countFormat);
            style.Count(sheet.Cell(row, 7), month.Row.Denominator, table.IsHidden(month.Cells.Denominator), table.IsSmall(month.Cells.Denominator), ValueStyle.CountFormat);
            if (month.Row.Denominator == 0)
            {
                sheet.Cell(row, 8).Value = "no data";
            }
            else
            {
                style.Value(sheet.Cell(row, 8), month.Row.Rate * measure.PerYearScale, table.IsRateHidden(month.Cells), measure.PerYearFormat);
            }

            sheet.Cell(row, 9).Value = measure.PerYearUnit;
        }

        ValueStyle.Table(sheet, HeaderRow, Columns, row);
    }
}
