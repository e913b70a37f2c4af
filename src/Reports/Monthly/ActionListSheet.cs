using System.Globalization;
using ClosedXML.Excel;
using QiPipeline.Metrics.Actions;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Monthly;

/// <summary>
/// The Action lists sheet: one row per patient and reason that needs something now, most urgent
/// first (the collector's order), with a filter on every column so a clinic's team sees its own
/// list, the last BH contact and the care manager, and empty Status (a drop-down), Owner and Note columns to
/// work the list in. Internal: it holds patient ids, and only the monthly workbook receives it.
/// </summary>
internal static class ActionListSheet
{
    public const string Name = "Action lists";

    /// <summary>The row of the column headers; one item per row after it.</summary>
    public const int HeaderRow = 4;

    /// <summary>The column titles, in order (the end-to-end test reads them back).</summary>
    public static IReadOnlyList<string> Titles => [.. Columns.Select(c => c.Title)];

    /// <summary>The choices of the Status drop-down.</summary>
    public const string StatusChoices = "open,contacted,resolved";

    /// <summary>The Status column (1-based); Owner and Note follow it.</summary>
    public const int StatusColumn = 13;

    private const string DateFormat = "yyyy-mm-dd";

    private static readonly (string Title, double Width)[] Columns =
    [
        ("Urgency", 9), ("Clinic", 24), ("Patient id", 14), ("Source", 9), ("Reason", 42), ("Reason code", 18),
        ("Index date", 11), ("Due date", 11), ("Days overdue", 9), ("Last score", 8), ("Last BH contact", 11), ("Care manager", 14),
        ("Status", 11), ("Owner", 14), ("Note", 30), ("What happened and what is needed", 115),
    ];

    /// <param name="workbook">The workbook.</param>
    /// <param name="name">The sheet name.</param>
    /// <param name="month">The report month.</param>
    /// <param name="clinics">The configured clinics, for their names.</param>
    /// <param name="items">The items, most urgent first, or null when the caller did not collect them.</param>
    public static void Write(IXLWorkbook workbook, string name, Month month, IReadOnlyList<ReportClinic> clinics, IReadOnlyList<ActionItem>? items)
    {
        var sheet = workbook.Worksheets.Add(name);
        SheetStyle.AddBanner(sheet, Columns.Length);
        SheetStyle.HeaderRow(sheet, HeaderRow, Columns);
        sheet.Cell(2, 1).Value = items switch
        {
            null => "Action lists: not supplied to this report.",
            [] => string.Create(CultureInfo.InvariantCulture, $"Action lists {month}: no patient needs action as of the report date. Internal: contains patient ids."),
            _ => string.Create(CultureInfo.InvariantCulture,
                $"Action lists {month}: {items.Count:N0} patients who need something now, most urgent first; filter Clinic for one team's list. Internal: contains patient ids."),
        };
        sheet.Cell(2, 1).Style.Font.Bold = true;
        sheet.Cell(3, 1).Value = Counts(items ?? []);
        sheet.Cell(3, 1).Style.Font.Italic = true;
        sheet.Row(HeaderRow).Height = 30; // two lines for the wrapped short-column titles

        var names = clinics.ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
        var row = HeaderRow;
        foreach (var item in items ?? [])
        {
            row++;
            Write(sheet.Row(row), item, names.TryGetValue(item.ClinicId, out var clinic) ? clinic : item.ClinicId);
        }

        var last = Math.Max(row, HeaderRow + 1);
        // One line per patient (no wrapping): rows stay scannable and no row height has to be guessed.
        sheet.Range(HeaderRow + 1, 1, last, Columns.Length).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Range(HeaderRow, 1, last, Columns.Length).SetAutoFilter();
        if (items is { Count: > 0 })
        {
            var status = sheet.Range(HeaderRow + 1, StatusColumn, row, StatusColumn).SetDataValidation();
            status.List("\"" + StatusChoices + "\"", true);
            status.ErrorTitle = "Status";
            status.ErrorMessage = "Choose open, contacted or resolved.";
            sheet.Range(HeaderRow + 1, StatusColumn, row, StatusColumn + 2).Style.Fill.BackgroundColor = XLColor.FromHtml("#FFF9DB");
        }

        sheet.SheetView.FreezeRows(HeaderRow);
        sheet.PageSetup.PrintAreas.Add(1, 1, last, Columns.Length);
        sheet.PageSetup.SetRowsToRepeatAtTop(HeaderRow, HeaderRow);
    }

    private static void Write(IXLRow row, ActionItem item, string clinic)
    {
        row.Cell(1).Value = item.Reason.Urgency;
        row.Cell(2).SetValue(clinic);
        row.Cell(3).SetValue(item.PatientId); // SetValue keeps ids as text: Value would turn 000123 into the number 123, another patient
        row.Cell(4).SetValue(item.Source);
        row.Cell(5).Value = item.Reason.Title;
        row.Cell(6).Value = item.Reason.Code;
        Date(row.Cell(7), item.IndexDate);
        Date(row.Cell(8), item.DueDate);
        row.Cell(9).Value = item.DaysOverdue;
        row.Cell(9).Style.NumberFormat.Format = "#,##0";
        if (item.LastScore is { } score)
        {
            row.Cell(10).Value = score;
        }

        if (item.LastBhContact is { } contact)
        {
            Date(row.Cell(11), contact);
        }

        if (item.CareManager is { } manager)
        {
            row.Cell(12).SetValue(manager);
        }

        row.Cell(16).Value = item.Detail;
        if (item.Reason.Urgency == ActionReason.SuicideRisk.Urgency)
        {
            row.Cell(1).Style.Fill.BackgroundColor = XLColor.FromHtml("#F8D7DA");
            row.Cell(5).Style.Fill.BackgroundColor = XLColor.FromHtml("#F8D7DA");
        }
    }

    /// <summary>How many items of each reason, in urgency order, in one line.</summary>
    private static string Counts(IReadOnlyList<ActionItem> items) =>
        items.Count == 0
            ? "Reasons, most urgent first: item 9 flag; positive screen without follow-up; referral not engaged; stepped-care review; antidepressant supply gap."
            : string.Join("; ", items.GroupBy(i => i.Reason).OrderBy(g => g.Key.Urgency)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key.Title}: {g.Count():N0}")));

    private static void Date(IXLCell cell, DateOnly date)
    {
        cell.Value = date.ToDateTime(TimeOnly.MinValue);
        cell.Style.NumberFormat.Format = DateFormat;
    }
}
