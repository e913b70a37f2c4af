using ClosedXML.Excel;
using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Monthly;

/// <summary>The Definitions sheet: every measure's plain-language definition and the parameters in force.</summary>
internal static class DefinitionsSheet
{
    public const string Name = "Definitions";

    /// <summary>The row of the column headers; one measure per row after it.</summary>
    public const int HeaderRow = 4;

    private static readonly (string Title, double Width)[] Columns =
        [("Measure", 26), ("Name", 30), ("Unit", 18), ("Definition", 70), ("Parameters in force", 60)];

    /// <param name="workbook">The workbook.</param>
    /// <param name="name">The sheet name.</param>
    /// <param name="month">The report month (the parameters are read as for a run ending then).</param>
    /// <param name="settings">The configured <c>measures</c> section, or null when the caller has none to give (defaults shown).</param>
    public static void Write(IXLWorkbook workbook, string name, Month month, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>>? settings)
    {
        var sheet = workbook.Worksheets.Add(name);
        SheetStyle.AddBanner(sheet, Columns.Length);
        sheet.Cell(2, 1).Value = "Measure definitions (full text in docs/measures.md) and the parameters in force for this run";
        sheet.Cell(2, 1).Style.Font.Bold = true;
        sheet.Cell(3, 1).Value = settings is null
            ? "The configured values were not supplied to the report: parameters show their defaults."
            : "Parameters marked (configured) override the default shown in brackets.";
        var parameters = DefinitionsParameters.Read(settings ?? new Dictionary<string, IReadOnlyDictionary<string, string?>>())
            .ToLookup(p => p.MeasureId, StringComparer.Ordinal);
        SheetStyle.HeaderRow(sheet, HeaderRow, Columns);
        var row = HeaderRow;
        foreach (var measure in MeasureCatalog.Measures)
        {
            row++;
            sheet.Cell(row, 1).Value = measure.Id;
            sheet.Cell(row, 2).Value = measure.DisplayName;
            sheet.Cell(row, 3).Value = MeasureDisplay.For(measure.Id).PerYearUnit;
            sheet.Cell(row, 4).Value = measure.Description;
            var described = string.Join("; ", parameters[measure.Id].Select(Describe));
            sheet.Cell(row, 5).Value = described;
            SheetStyle.FitWrappedHeight(sheet.Row(row), (measure.DisplayName, Columns[1].Width), (MeasureDisplay.For(measure.Id).PerYearUnit, Columns[2].Width),
                (measure.Description, Columns[3].Width), (described, Columns[4].Width));
        }

        sheet.Range(HeaderRow + 1, 2, row, 3).Style.Alignment.WrapText = true;
        sheet.Range(HeaderRow + 1, 4, row, 5).Style.Alignment.WrapText = true;
        sheet.Range(HeaderRow + 1, 1, row, Columns.Length).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Range(HeaderRow, 1, row, Columns.Length).SetAutoFilter();
        sheet.SheetView.FreezeRows(HeaderRow);
        sheet.PageSetup.SetRowsToRepeatAtTop(HeaderRow, HeaderRow);
    }

    private static string Describe(DefinitionsParameter p) =>
        p.Configured ? $"{p.Name} = {p.Value} (configured; default {p.Default})" : $"{p.Name} = {p.Value}";
}
