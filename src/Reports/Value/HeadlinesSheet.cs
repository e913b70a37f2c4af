using ClosedXML.Excel;

namespace QiPipeline.Reports.Value;

/// <summary>The Headlines sheet: each measure per pilot clinic and the network, before against after go-live.</summary>
internal static class HeadlinesSheet
{
    public const string Name = "Headlines";
    public const int HeaderRow = 3;
    public const string MoneyFormat = "#,##0";

    private static readonly (string Title, double Width)[] Columns =
    [
        ("Measure", 32), ("Clinic", 11), ("Clinic name", 26), ("Go-live", 11), ("Unit", 24),
        ("Before: months", 30), ("Before: numerator", 12), ("Before: denominator", 13), ("Before", 10),
        ("After: months", 30), ("After: numerator", 12), ("After: denominator", 13), ("After", 10),
        ("Change", 10), ("95% interval: low", 11), ("95% interval: high", 11), ("Change is the", 30),
        ("Avoidable ED visits avoided", 14),
    ];

    private static readonly (string Title, double Width) Savings = ("Estimated savings", 14);

    public static void Write(IXLWorkbook workbook, ValueTable table, ValueStyle style, ValueOptions options)
    {
        var columns = options.AvoidableEdVisitCost > 0 ? [.. Columns, Savings] : Columns;
        var sheet = workbook.Worksheets.Add(Name);
        style.AddBanner(sheet, columns.Length, "Before against after go-live: final months pooled, per pilot clinic, the pilot clinics together and the comparison clinics together");
        var row = HeaderRow;
        foreach (var headline in table.Headlines)
        {
            row++;
            WriteRow(sheet.Row(row), headline, table, style, options);
        }

        if (table.Headlines.Count == 0)
        {
            sheet.Cell(HeaderRow + 1, 1).Value = "No pilot clinic with a go-live date is configured.";
        }

        ValueStyle.Table(sheet, HeaderRow, columns, row);
        sheet.Row(HeaderRow).Height = 45;
    }

    private static void WriteRow(IXLRow row, HeadlineRow headline, ValueTable table, ValueStyle style, ValueOptions options)
    {
        var measure = headline.Measure;
        row.Cell(1).Value = measure.DisplayName;
        row.Cell(2).Value = headline.Clinic.Id;
        row.Cell(3).Value = headline.Clinic.Name;
        if (headline.Clinic.Id == HeadlineGroups.Pilots.Id)
        {
            row.Cell(4).Value = "each its own";
        }
        else
        {
            row.Cell(4).Value = headline.GoLive.ToDateTime(TimeOnly.MinValue);
            row.Cell(4).Style.NumberFormat.Format = CellFormats.Date;
        }

        if (HeadlineGroups.IsGroup(headline.Clinic))
        {
            row.Style.Font.Bold = true;
        }

        row.Cell(5).Value = measure.PerYearUnit;
        var beforeHidden = Period(row, 6, headline.Before, measure, table, style);
        var afterHidden = Period(row, 10, headline.After, measure, table, style);
        if (headline.Before.Complete && headline.After.Complete && HeadlineChange.Of(headline) is { } change)
        {
            // A difference of proportions is shown in percentage points (the cell holds points).
            var scale = measure.IsRate ? 1 : 100;
            style.Value(row.Cell(14), change.Change.Estimate * scale, beforeHidden || afterHidden, change.Format);
            style.Value(row.Cell(15), change.Change.Lower * scale, beforeHidden || afterHidden, change.Format);
            style.Value(row.Cell(16), change.Change.Upper * scale, beforeHidden || afterHidden, change.Format);
            row.Cell(17).Value = change.Kind;
        }

        if (headline.Before.Complete && headline.After.Complete && AvoidedVisits.Of(headline) is { } avoided)
        {
            var hidden = table.IsHidden(headline.Before.Cells.Numerator) || table.IsHidden(headline.Before.Cells.Denominator)
                || table.IsHidden(headline.After.Cells.Numerator) || table.IsHidden(headline.After.Cells.Denominator);
            style.Value(row.Cell(18), avoided, hidden, ValueStyle.CountFormat);
            if (options.AvoidableEdVisitCost > 0)
            {
                style.Value(row.Cell(19), avoided * (double)options.AvoidableEdVisitCost, hidden, MoneyFormat);
            }
        }
    }

    /// <summary>
    /// Writes months, numerator, denominator and rate from <paramref name="column"/>; true when the rate is hidden.
    /// A period not yet complete (or no longer in the run) shows its months only: its partial sums would differ
    /// from release to release.
    /// </summary>
    private static bool Period(IXLRow row, int column, PooledPeriod period, MeasureDisplay measure, ValueTable table, ValueStyle style)
    {
        row.Cell(column).Value = period.Describe();
        if (!period.Complete)
        {
            return true;
        }

        var countFormat = ValueStyle.CountFormat;
        style.Count(row.Cell(column + 1), period.Numerator, table.IsHidden(period.Cells.Numerator), table.IsSmall(period.Cells.Numerator), countFormat);
        style.Count(row.Cell(column + 2), period.Denominator, table.IsHidden(period.Cells.Denominator), table.IsSmall(period.Cells.Denominator), ValueStyle.CountFormat);
        var hidden = table.IsRateHidden(period.Cells);
        if (period.Denominator == 0)
        {
            row.Cell(column + 3).Value = "no data";
            return true;
        }

        style.Value(row.Cell(column + 3), period.Numerator / period.Denominator * measure.PerYearScale, hidden, measure.PerYearFormat);
        return hidden;
    }
}
