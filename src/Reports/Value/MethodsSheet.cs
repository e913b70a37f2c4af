using System.Globalization;
using ClosedXML.Excel;
using QiPipeline.Reports.Monthly;

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
            SheetStyle.FitWrappedHeight(sheet.Row(row), (text, 110));
        }

        sheet.PageSetup.PrintAreas.Add(1, 1, row, 2);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, 2);
    }

    private static IEnumerable<(string Topic, string Text)> Paragraphs(DateOnly asOf, ValueStyle style, ValueOptions options, bool billing, bool edCategories)
    {
        var threshold = options.MinCellSize.ToString(CultureInfo.InvariantCulture);
        yield return ("As of", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            + ": records dated after this day are not counted. Months still open (pending) are provisional and left out of the before/after comparison.");
        yield return ("Sources", "The clinics' electronic health records (encounters, screenings, referrals, medication fills, ED visits, surveys), "
            + "loaded into the QI warehouse and counted by the measures described in docs/measures.md. Each number is an aggregate: "
            + "no patient-level data is in this workbook.");
        yield return ("Measures", "Proportions are shown in percent (numerator out of denominator). ED visits are counted per attributed patient "
            + "and month (the denominator is patient-months) and shown per 1,000 patients per year (the monthly rate times 12,000). "
            + "The network row of the Monthly sheet is all clinics together: for most measures the sum of the clinics; where a patient "
            + "seen at two clinics is counted once (screening), it can be less than the sum.");
        var months = options.PeriodMonths.ToString(CultureInfo.InvariantCulture);
        yield return ("Before and after", "For a pilot clinic, Before is the " + months + " months before its go-live month and After the "
            + months + " months from the go-live month on, each pooled (numerators and denominators added up). The periods are fixed by the "
            + "go-live date, so every monthly release shows the same periods with the same counts. A period is shown only when all its months "
            + "are final and in this run (a run holds 24 months); until then, or once its months have left the run, only its months are named. "
            + "The after period starts at the go-live month and includes the model's ramp-up months, so it is the same for every clinic "
            + "and release. \"Pilot clinics\" pools every pilot's own before and after periods; \"Comparison clinics\" pools the clinics that are "
            + "not pilots over the periods of the first go-live. The Executive summary's change against comparison is the pilots' change minus "
            + "the comparison's (difference in differences, Newcombe's square-and-add interval); for an ED rate the pilots' rate ratio divided by "
            + "the comparison's, shown as a percent change. A comparison with fewer than 30 units in either period reads \"too few comparison patients\".");
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
            + "Further counts are hidden so that no total minus the shown cells reveals a hidden count, in this workbook or together with other "
            + "monthly releases; they show " + ValueStyle.ComplementMarker + " and may be 0 or any larger count. "
            + "Months are suppressed one month at a time (a month's clinics and network together), so a month is suppressed the same way in every "
            + "release. The pilot clinics' and comparison clinics' groups add months of several clinics: a group is shown when its hidden "
            + "months stay hidden (two or more, not all at their largest), so it can be shown where a single clinic's period cannot. A pooled period (before or after, per clinic and for the network, which is treated as the sum of every clinic's period) "
            + "is hidden whenever showing it would let a hidden month be worked out. A rate is suppressed when its numerator, its denominator "
            + "or the difference between them is hidden (minimum cell size " + threshold + ", reports.minCellSize).");
    }
}
