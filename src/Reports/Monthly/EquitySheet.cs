using System.Globalization;
using ClosedXML.Excel;

namespace QiPipeline.Reports.Monthly;

/// <summary>
/// The Equity sheet: first the flagged gaps ranked, largest first, with their intervals; then each stratum
/// value against the rest of its stratum over the last 12 final months, one table with a filter, values worse
/// than the rest beyond chance filled orange.
/// </summary>
internal static class EquitySheet
{
    public const string Name = "Equity";

    /// <summary>The row of the ranked summary's column headers; the flagged gaps start on the next row.</summary>
    public const int RankedHeaderRow = 6;

    /// <summary>The flag column (1-based).</summary>
    public const int FlagColumn = 17;

    public const string WorseText = "worse than rest";
    public const string BetterText = "better than rest";

    /// <summary>The fill of a row flagged worse (the Making Data Count concern colour).</summary>
    public const string WorseFill = MdcSymbols.Orange;


    private static readonly (string Title, double Width)[] Columns =
    [
        ("Measure", 26), ("Clinic", 8), ("Stratum", 11), ("Value", 34), ("Numerator", 11), ("Denominator", 12),
        ("Rate", 9), ("Lower 95%", 9), ("Upper 95%", 9), ("Rest numerator", 11), ("Rest denominator", 12), ("Rest rate", 9),
        ("Compared as", 22), ("Estimate", 10), ("Lower 95%", 9), ("Upper 95%", 9), ("Flag", 17),
    ];

    /// <summary>The row of the full table's column headers: after the ranked summary (at least one row) and a blank row.</summary>
    public static int HeaderRow(EquityResult equity) => RankedHeaderRow + Math.Max(1, Ranked(equity).Count) + 2;

    /// <summary>The values flagged worse: proportions by their gap in percentage points, then ED rates by their rate ratio, largest first.</summary>
    public static List<EquityRow> Ranked(EquityResult equity) =>
        [.. equity.Rows.Where(r => r.Flag == EquityFlag.Worse && r.Comparison is not null)
            .OrderBy(r => r.Measure.IsRate)
            .ThenByDescending(r => r.Measure.IsRate ? r.Comparison!.Value.Estimate : Math.Abs(r.Comparison!.Value.Estimate))];

    public static void Write(IXLWorkbook workbook, string name, EquityResult equity)
    {
        var sheet = workbook.Worksheets.Add(name);
        SheetStyle.AddBanner(sheet, Columns.Length);
        WriteNotes(sheet, equity);
        WriteRanked(sheet, equity);
        var headerRow = HeaderRow(equity);
        SheetStyle.HeaderRow(sheet, headerRow, Columns);
        sheet.Cell(headerRow - 1, 1).Value = "Every value against the rest of its stratum";
        sheet.Cell(headerRow - 1, 1).Style.Font.Bold = true;
        var row = headerRow;
        foreach (var e in equity.Rows)
        {
            row++;
            WriteRow(sheet, row, e);
        }

        var last = Math.Max(row, headerRow + 1);
        sheet.Range(headerRow, 1, last, Columns.Length).SetAutoFilter();

        // Frozen: the banner and the notes only; a long ranked summary frozen above the table would fill the screen.
        sheet.SheetView.FreezeRows(1);
        sheet.PageSetup.PrintAreas.Add(sheet.Range(1, 1, last, Columns.Length).RangeAddress.ToStringRelative());
        sheet.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);
    }

    private static readonly string[] RankedColumns =
        ["Measure", "Clinic", "Stratum", "Value", "n", "Rate", "Rest rate", "Gap", "Lower 95%", "Upper 95%"];

    /// <summary>The flagged gaps, largest first, with their intervals: what to look at first.</summary>
    private static void WriteRanked(IXLWorksheet sheet, EquityResult equity)
    {
        sheet.Cell(RankedHeaderRow - 1, 1).Value = "Flagged gaps, largest first (percentage points for proportions, then rate ratios for ED visits)";
        sheet.Cell(RankedHeaderRow - 1, 1).Style.Font.Bold = true;
        for (var c = 0; c < RankedColumns.Length; c++)
        {
            sheet.Cell(RankedHeaderRow, c + 1).Value = RankedColumns[c];
        }

        SheetStyle.Header(sheet.Range(RankedHeaderRow, 1, RankedHeaderRow, RankedColumns.Length));
        SheetStyle.FitWrappedHeight(sheet.Row(RankedHeaderRow), [.. RankedColumns.Select((t, i) => (t, Columns[i].Width))]);
        var ranked = Ranked(equity);
        if (ranked.Count == 0)
        {
            sheet.Cell(RankedHeaderRow + 1, 1).Value = "No value is worse than the rest of its stratum beyond chance.";
            return;
        }

        var row = RankedHeaderRow;
        foreach (var e in ranked)
        {
            row++;
            var measure = e.Measure;
            var rate = measure.IsRate ? CellFormats.OneDecimal : CellFormats.Percent;
            var (gap, factor) = measure.IsRate ? ("0.00\"×\"", 1.0) : (CellFormats.PercentagePoints, 100.0);
            sheet.Cell(row, 1).Value = measure.DisplayName;
            sheet.Cell(row, 2).SetValue(e.ClinicId);
            sheet.Cell(row, 3).Value = e.Stratum;
            sheet.Cell(row, 4).SetValue(e.Value);
            SheetStyle.Number(sheet.Cell(row, 5), e.Denominator, CellFormats.Count);
            SheetStyle.Number(sheet.Cell(row, 6), e.Rate.Estimate * measure.PerYearScale, rate);
            SheetStyle.Number(sheet.Cell(row, 7), e.RestRate * measure.PerYearScale, rate);
            var c = e.Comparison!.Value;
            SheetStyle.Number(sheet.Cell(row, 8), c.Estimate * factor, gap);
            SheetStyle.Number(sheet.Cell(row, 9), c.Lower * factor, gap);
            SheetStyle.Number(sheet.Cell(row, 10), c.Upper * factor, gap);
            sheet.Range(row, 1, row, RankedColumns.Length).Style.Fill.BackgroundColor = XLColor.FromHtml(WorseFill);
        }
    }

    private static void WriteNotes(IXLWorksheet sheet, EquityResult equity)
    {
        var worse = equity.Rows.Count(r => r.Flag == EquityFlag.Worse);
        var compared = equity.Rows.Count(r => r.Comparison is not null);
        sheet.Cell(2, 1).Value = string.Create(CultureInfo.InvariantCulture,
            $"Equity, {equity.First}..{equity.Last}: each measure by age band, sex, race, ethnicity, language and payer against the rest of its stratum, per clinic and for the network; {worse} of {compared} values flagged worse than the rest");
        sheet.Cell(2, 1).Style.Font.Bold = true;
        var window = string.Create(CultureInfo.InvariantCulture,
            $"Final months only: numerators and denominators are summed over the months of {equity.First}..{equity.Last} with no pending month for the measure at the clinic. ");
        var chance = string.Create(CultureInfo.InvariantCulture,
            $"Each comparison is at the 95% level, so with {compared} comparisons about {compared * 0.025:0.#} would be flagged worse by chance alone: read a flag as a question, not a finding.");
        sheet.Cell(3, 1).Value = window
            + "Intervals are 95%: Wilson for proportions (percent), Poisson score for ED rates (per 1,000 patients per year). "
            + "Each value is compared with the rest of its stratum as the difference (Newcombe's hybrid score interval) or the rate ratio, "
            + "and flagged when the interval excludes no difference. " + chance;
        sheet.Cell(4, 1).Value = equity.Skipped.Count == 0
            ? "Every measure with strata is shown."
            : $"Skipped, being counts or medians rather than rates: {string.Join(", ", equity.Skipped)}.";
        var note = sheet.Range(3, 1, 3, Columns.Length);
        note.Merge();
        note.Style.Alignment.WrapText = true;
        note.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.Row(3).Height = 48;
    }

    private static void WriteRow(IXLWorksheet sheet, int row, EquityRow e)
    {
        var measure = e.Measure;
        sheet.Cell(row, 1).Value = measure.DisplayName;
        sheet.Cell(row, 2).SetValue(e.ClinicId);
        sheet.Cell(row, 3).Value = e.Stratum;

        // SetValue keeps text as text: assigning Value would turn an age band such as 12-17 into a date.
        sheet.Cell(row, 4).SetValue(e.Value);
        SheetStyle.Number(sheet.Cell(row, 5), e.Numerator, "#,##0.#");
        SheetStyle.Number(sheet.Cell(row, 6), e.Denominator, "#,##0");
        var rate = measure.IsRate ? CellFormats.OneDecimal : CellFormats.Percent;
        SheetStyle.Number(sheet.Cell(row, 7), e.Rate.Estimate * measure.PerYearScale, rate);
        SheetStyle.Number(sheet.Cell(row, 8), e.Rate.Lower * measure.PerYearScale, rate);
        SheetStyle.Number(sheet.Cell(row, 9), e.Rate.Upper * measure.PerYearScale, rate);
        SheetStyle.Number(sheet.Cell(row, 10), e.RestNumerator, "#,##0.#");
        SheetStyle.Number(sheet.Cell(row, 11), e.RestDenominator, "#,##0");
        SheetStyle.Number(sheet.Cell(row, 12), e.RestRate * measure.PerYearScale, rate);
        if (e.Comparison is { } c)
        {
            var (format, factor) = measure.IsRate ? ("0.00", 1.0) : (CellFormats.PercentagePoints, 100.0);
            sheet.Cell(row, 13).Value = measure.IsRate ? "rate ratio (value / rest)" : "difference (value − rest)";
            SheetStyle.Number(sheet.Cell(row, 14), c.Estimate * factor, format);
            SheetStyle.Number(sheet.Cell(row, 15), c.Lower * factor, format);
            SheetStyle.Number(sheet.Cell(row, 16), c.Upper * factor, format);
        }
        else
        {
            sheet.Cell(row, 13).Value = "no rest to compare";
        }

        switch (e.Flag)
        {
            case EquityFlag.Worse:
                sheet.Cell(row, FlagColumn).Value = WorseText;
                sheet.Cell(row, FlagColumn).Style.Font.Bold = true;
                sheet.Range(row, 1, row, FlagColumn).Style.Fill.BackgroundColor = XLColor.FromHtml(WorseFill);
                break;
            case EquityFlag.Better:
                sheet.Cell(row, FlagColumn).Value = BetterText;
                sheet.Cell(row, FlagColumn).Style.Fill.BackgroundColor = XLColor.FromHtml(MdcSymbols.Blue);
                break;
            default:
                break;
        }
    }
}
