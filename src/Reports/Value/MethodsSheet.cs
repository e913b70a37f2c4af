using System.Globalization;
using ClosedXML.Excel;

namespace QiPipeline.Reports.Value;

/// <summary>The Methods sheet: where the numbers come from and what suppression means, in plain words.</summary>
internal static class MethodsSheet
{
    public const string Name = "Methods";

    public static void Write(IXLWorkbook workbook, DateOnly asOf, ValueStyle style, ValueOptions options, bool billing = false, bool edCategories = false)
    {
        var sheet = workbook.Worksheets.Add(Name);
        style.AddBanner(sheet, 2, "How to read this workbook");
        sheet.Column(1).Width = 24;
        sheet.Column(2).Width = 110;
        var row = 3;
        foreach (var (topic, text) in Paragraphs(asOf, style, options, billing, edCategories))
        {
            row++;
            sheet.Cell(row, 1).Value = topic;
            sheet.Cell(row, 1).Style.Font.Bold = true;
            sheet.Cell(row, 2).Value = text;
            sheet.Cell(row, 2).Style.Alignment.WrapText = true;
            sheet.Range(row, 1, row, 2).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }

        sheet.PageSetup.PrintAreas.Add(1, 1, row, 2);
    }

    private static IEnumerable<(string Topic, string Text)> Paragraphs(DateOnly asOf, ValueStyle style, ValueOptions options, bool billing, bool edCategories)
    {
        var threshold = options.MinCellSize.ToString(CultureInfo.InvariantCulture);
        yield return ("As of", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            + ": records dated after this day are not counted. Months still open (pending) are provisional and left out of the before/after comparison.");
        yield return ("Sources", "The clinics' electronic health records (encounters, screenings, referrals, medication fills, ED visits, surveys), "
            + "loaded into the QI warehouse and counted by the measures described in docs/measures.md. Each number is an aggregate: "
            + "no patient-level data is in this workbook.");
        yield return ("Measures", "Proportions are shown in percent (numerator out of denominator). ED visits are shown per 1,000 attributed "
            + "patients per month. The network is the sum of all clinics.");
        yield return ("Before and after", "For a pilot clinic, the final months before its go-live month are pooled (numerators and denominators "
            + "added up) and compared with the final months from the go-live month on. The network is split at the first pilot go-live.");
        yield return ("Change and interval", "For a proportion: the after minus the before percentage, with Newcombe's 95% interval. For an ED rate: "
            + "the after rate divided by the before rate, with its 95% interval. An interval that does not include 0 (a difference) or 1 (a ratio) "
            + "is unlikely to be chance alone; it does not prove the change caused it.");
        yield return ("Avoided ED visits", "The before rate of avoidable ED visits applied to the after patient-months, minus the visits seen. "
            + "There is no adjustment for trends, seasons or case mix."
            + (options.AvoidableEdVisitCost > 0
                ? string.Create(CultureInfo.InvariantCulture, $" Estimated savings use {options.AvoidableEdVisitCost:0.##} per avoidable visit.")
                : " No cost per visit is configured (reports.avoidableEdVisitCost), so no savings are shown."));
        if (billing)
        {
            yield return ("Collaborative care billing", CocmBillingSheet.Method(options));
        }

        if (edCategories)
        {
            yield return ("ED visit categories", EdCategoriesSheet.Method());
        }

        yield return ("Suppression", string.Create(CultureInfo.InvariantCulture, $"To protect privacy, no count from 1 to {options.MinCellSize - 1} is shown: such cells show {style.Marker}. ")
            + "A rate is suppressed when its numerator, its denominator or the difference between them is that small. "
            + "Further cells are suppressed where needed so that a total minus the shown cells never reveals a suppressed count "
            + "(minimum cell size " + threshold + ", reports.minCellSize).");
    }
}
