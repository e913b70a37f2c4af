using System.Globalization;
using ClosedXML.Excel;

namespace QiPipeline.Reports.Monthly;

/// <summary>
/// The Data quality sheet: the last ETL run's loads per source and entity (status, counts, when each
/// ended), then its rejects by reason with example source keys.
/// </summary>
internal static class DataQualitySheet
{
    public const string Name = "Data quality";

    /// <summary>The row of the loads table's headers.</summary>
    public const int LoadsHeaderRow = 4;

    /// <summary>The example source keys span the columns 5 to this one (the loads table's counts).</summary>
    private const int ExamplesLastColumn = 10;

    private const string TimeFormat = "yyyy-mm-dd hh:mm";

    private static readonly (string Title, double Width)[] Columns =
    [
        ("Source", 16), ("Entity", 22), ("Mode", 24), ("Status", 12), ("Rows read", 12), ("Loaded", 12), ("Unchanged", 12),
        ("Rejected", 12), ("Deleted", 12), ("Ended at", 17), ("Error", 60),
    ];

    private static readonly string[] RejectColumns = ["Source", "Entity", "Reason", "Records", "Example source keys"];

    /// <param name="workbook">The workbook.</param>
    /// <param name="name">The sheet name.</param>
    /// <param name="report">The figures, or null when the caller did not read them.</param>
    public static void Write(IXLWorkbook workbook, string name, DataQualityReport? report)
    {
        var sheet = workbook.Worksheets.Add(name);
        SheetStyle.AddBanner(sheet, Columns.Length);
        for (var c = 0; c < Columns.Length; c++)
        {
            sheet.Column(c + 1).Width = Columns[c].Width;
        }

        sheet.Cell(2, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).Value = report switch
        {
            null => "Data quality: the ETL figures were not supplied to this report.",
            { Run: null } => "Data quality: no ETL run is recorded in the warehouse.",
            { Run: var run } => Title(run),
        };
        if (report?.Run is null)
        {
            return;
        }

        sheet.Cell(3, 1).Value = "Loads per source and entity (Ended at is the freshness of the entity)";
        sheet.Cell(3, 1).Style.Font.Italic = true;
        Headers(sheet, LoadsHeaderRow, Columns.Select(c => c.Title).ToArray());
        var row = LoadsHeaderRow;
        foreach (var load in report.Loads)
        {
            row++;
            sheet.Cell(row, 1).Value = load.Source;
            sheet.Cell(row, 2).Value = load.Entity;
            sheet.Cell(row, 3).Value = load.Mode;
            sheet.Cell(row, 4).Value = load.Status;
            Count(sheet.Cell(row, 5), load.RowsRead);
            Count(sheet.Cell(row, 6), load.RowsLoaded);
            Count(sheet.Cell(row, 7), load.RowsUnchanged);
            Count(sheet.Cell(row, 8), load.RowsRejected);
            Count(sheet.Cell(row, 9), load.RowsDeleted);
            sheet.Cell(row, 10).Value = load.EndedAt;
            sheet.Cell(row, 10).Style.NumberFormat.Format = TimeFormat;
            sheet.Cell(row, 11).Value = load.Error ?? "";
            if (load.RowsRejected > 0)
            {
                sheet.Cell(row, 8).Style.Fill.BackgroundColor = XLColor.FromHtml(MdcSymbols.Orange);
            }
        }

        sheet.Range(LoadsHeaderRow, 1, Math.Max(row, LoadsHeaderRow + 1), Columns.Length).SetAutoFilter();
        sheet.SheetView.FreezeRows(LoadsHeaderRow);
        row += 2;
        sheet.Cell(row, 1).Value = report.Rejects.Count == 0 ? "No rejected records in this run." : "Rejects by reason (a record with several reasons counts under each)";
        sheet.Cell(row, 1).Style.Font.Bold = true;
        if (report.Rejects.Count == 0)
        {
            return;
        }

        row++;
        Headers(sheet, row, RejectColumns);
        sheet.Range(row, 5, row, ExamplesLastColumn).Merge();
        foreach (var rejects in report.Rejects)
        {
            row++;
            sheet.Cell(row, 1).Value = rejects.Source;
            sheet.Cell(row, 2).Value = rejects.Entity;
            sheet.Cell(row, 3).Value = rejects.Reason;
            Count(sheet.Cell(row, 4), rejects.Count);
            sheet.Cell(row, 5).Value = string.Join(", ", rejects.Examples);
            sheet.Range(row, 5, row, ExamplesLastColumn).Merge();
        }
    }

    private static string Title(DataQualityRun run)
    {
        var ended = run.EndedAt is { } e ? e.ToString("'ended 'yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "not ended";
        return string.Create(CultureInfo.InvariantCulture, $"Data quality of the last ETL run {run.RunId}: {run.Status}, started {run.StartedAt:yyyy-MM-dd HH:mm}, {ended}");
    }

    private static void Headers(IXLWorksheet sheet, int row, string[] titles)
    {
        for (var c = 0; c < titles.Length; c++)
        {
            sheet.Cell(row, c + 1).Value = titles[c];
        }

        SheetStyle.Header(sheet.Range(row, 1, row, titles.Length));
    }

    private static void Count(IXLCell cell, long value)
    {
        cell.Value = value;
        cell.Style.NumberFormat.Format = "#,##0";
    }
}
