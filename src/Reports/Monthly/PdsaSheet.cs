using ClosedXML.Excel;

namespace QiPipeline.Reports.Monthly;

/// <summary>
/// The PDSA cycles sheet: one row per configured cycle with its Plan (clinics, measure, change idea,
/// dates, prediction), the Study written from the data, and an empty Act for the team to choose.
/// </summary>
internal static class PdsaSheet
{
    public const string Name = "PDSA cycles";

    /// <summary>The row of the column headers; one cycle per row after it.</summary>
    public const int HeaderRow = 3;

    /// <summary>The Act column (1-based), with its drop-down.</summary>
    public const int ActColumn = 13;

    /// <summary>The choices of the Act drop-down.</summary>
    public const string ActChoices = "Adopt,Adapt,Abandon";

    private static readonly (string Title, double Width)[] Columns =
    [
        ("Cycle", 12), ("Clinics", 12), ("Measure", 24), ("Change idea", 36), ("Start", 11), ("End", 11), ("Prediction", 11),
        ("Before (3 months)", 11), ("During", 11), ("Prediction met", 10), ("Special-cause months", 12), ("Study", 70), ("Act", 11),
    ];

    /// <param name="workbook">The workbook.</param>
    /// <param name="name">The sheet name.</param>
    /// <param name="cycles">The configured cycles, in configuration order.</param>
    /// <param name="series">Every measure's series, per clinic and for the network.</param>
    public static void Write(IXLWorkbook workbook, string name, IReadOnlyList<PdsaCycle> cycles, IReadOnlyList<IReadOnlyList<ClinicSeries>> series)
    {
        var sheet = workbook.Worksheets.Add(name);
        SheetStyle.AddBanner(sheet, Columns.Length);
        sheet.Cell(2, 1).Value = cycles.Count == 0
            ? "No PDSA cycles are configured (pdsaCycles in the configuration)."
            : "PDSA cycles: the Study is written from the data; choose Adopt, Adapt or Abandon under Act";
        sheet.Cell(2, 1).Style.Font.Bold = true;
        SheetStyle.HeaderRow(sheet, HeaderRow, Columns);
        var byMeasure = series.Where(s => s.Count > 0).ToDictionary(s => s[0].Measure.MeasureId, StringComparer.Ordinal);
        var row = HeaderRow;
        foreach (var cycle in cycles)
        {
            row++;
            var display = MeasureDisplay.For(cycle.MeasureId);
            var findings = PdsaStudy.Study(cycle, byMeasure.TryGetValue(cycle.MeasureId, out var s) ? s : []);
            sheet.Cell(row, 1).Value = cycle.Id;
            sheet.Cell(row, 2).Value = string.Join(", ", cycle.ClinicIds);
            sheet.Cell(row, 3).Value = display.DisplayName;
            sheet.Cell(row, 4).Value = cycle.Title;
            Date(sheet.Cell(row, 5), cycle.Start);
            Date(sheet.Cell(row, 6), cycle.End);
            var format = display.IsRate ? CellFormats.OneDecimal : CellFormats.Percent;
            SheetStyle.Number(sheet.Cell(row, 7), cycle.Prediction * display.PerYearScale, format);
            SheetStyle.Number(sheet.Cell(row, 8), findings.Before * display.PerYearScale, format);
            SheetStyle.Number(sheet.Cell(row, 9), findings.During * display.PerYearScale, format);
            sheet.Cell(row, 10).Value = findings.PredictionMet switch { true => "yes", false => "no", null => "" };
            sheet.Cell(row, 11).Value = findings.Improvement + findings.Concern;
            sheet.Cell(row, 12).Value = findings.Sentence;
            SheetStyle.FitWrappedHeight(sheet.Row(row), (cycle.Title, Columns[3].Width), (display.DisplayName, Columns[2].Width), (findings.Sentence, Columns[11].Width));
        }

        var last = Math.Max(row, HeaderRow + 1);
        sheet.Range(HeaderRow + 1, 3, last, 4).Style.Alignment.WrapText = true;
        sheet.Range(HeaderRow + 1, 12, last, 12).Style.Alignment.WrapText = true;
        sheet.Range(HeaderRow + 1, 1, last, Columns.Length).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        if (cycles.Count > 0)
        {
            var act = sheet.Range(HeaderRow + 1, ActColumn, row, ActColumn).SetDataValidation();
            act.List("\"" + ActChoices + "\"", true);
            act.ErrorTitle = "Act";
            act.ErrorMessage = "Choose Adopt, Adapt or Abandon.";
            sheet.Range(HeaderRow + 1, ActColumn, row, ActColumn).Style.Fill.BackgroundColor = XLColor.FromHtml("#FFF9DB");
        }

        sheet.Range(HeaderRow, 1, last, Columns.Length).SetAutoFilter();
        sheet.SheetView.FreezeRows(HeaderRow);
    }

    private static void Date(IXLCell cell, DateOnly date)
    {
        cell.Value = date.ToDateTime(TimeOnly.MinValue);
        cell.Style.NumberFormat.Format = "yyyy-mm-dd";
    }
}
