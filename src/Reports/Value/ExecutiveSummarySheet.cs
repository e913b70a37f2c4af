using System.Globalization;
using ClosedXML.Excel;
using QiPipeline.Metrics.Comparisons;
using QiPipeline.Metrics.Engine;
using QiPipeline.Reports.Monthly;
using QiPipeline.Reports.OpenXml;
using QiPipeline.Reports.Pilot;

namespace QiPipeline.Reports.Value;

/// <summary>
/// The first sheet of the value workbook, one printed page for a payer: per headline measure the pilot
/// clinics (pooled, each over its own go-live) before against after, the comparison clinics over the same
/// kind of months, the pilots' change against the comparison's with its 95% interval and a reading; then
/// avoidable ED visits avoided, patients served, CoCM billable months, how many counts are suppressed, and
/// four native charts drawn from the table's cells.
/// </summary>
internal static class ExecutiveSummarySheet
{
    public const string Name = "Executive summary";
    public const int HeaderRow = 4;

    /// <summary>The headline measures, proportions first (the charts take contiguous rows).</summary>
    public static readonly string[] Measures =
    [
        "depression_screening", "depression_followup", "referral_engagement", "depression_response_6m", "depression_remission_6m",
        "ed_visits", "avoidable_ed_visits",
    ];

    private const int ChartRows = 17;

    private static readonly (string Title, double Width)[] Columns =
    [
        ("Measure", 30), ("Unit", 24), ("Pilot clinics: before", 11), ("Pilot clinics: after", 11), ("Pilot clinics: change", 11),
        ("Comparison clinics: before", 11), ("Comparison clinics: after", 11), ("Comparison clinics: change", 11),
        ("Pilots' change against comparison", 13), ("95% interval", 19), ("Reading", 24),
    ];

    /// <summary>Writes the sheet and returns its charts, to insert once the workbook is saved.</summary>
    public static List<NativeChart> Write(
        IXLWorkbook workbook, ValueTable table, ValueStyle style, ValueOptions options, CocmBillingTable? billing, DateOnly asOf)
    {
        var sheet = workbook.Worksheets.Add(Name);
        style.AddBanner(sheet, Columns.Length, "Executive summary: pilot clinics after against before go-live, against the comparison clinics");
        var pilots = table.Headlines.Where(h => !HeadlineGroups.IsGroup(h.Clinic)).Select(h => h.Clinic).DistinctBy(c => c.Id).ToList();
        sheet.Cell(3, 1).Value = pilots.Count == 0
            ? "No pilot clinic with a go-live date is configured: there is nothing to compare."
            : string.Create(CultureInfo.InvariantCulture, $"As of {asOf:yyyy-MM-dd}. Pilot clinics: ")
                + string.Join(", ", pilots.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} (go-live {p.GoLive:yyyy-MM-dd})")))
                + string.Create(CultureInfo.InvariantCulture, $". Before: the {options.PeriodMonths} months before each go-live month; after: the {options.PeriodMonths} months from it. See Methods.");
        sheet.Range(3, 1, 3, Columns.Length).Merge().Style.Alignment.WrapText = true;
        sheet.Row(3).Height = 30;
        SheetStyle.HeaderRow(sheet, HeaderRow, Columns);
        sheet.Row(HeaderRow).Height = 45;

        var lines = Measures.Select(id => Line(table, id)).OfType<(HeadlineRow Pilots, HeadlineRow? Comparison)>().ToList();
        var row = HeaderRow;
        foreach (var (pilotsRow, comparisonRow) in lines)
        {
            row++;
            WriteLine(sheet.Row(row), table, style, pilotsRow, comparisonRow);
        }

        if (lines.Count == 0)
        {
            row++;
            sheet.Cell(row, 1).Value = "no data: the run has none of the headline measures at a pilot clinic";
        }

        var proportions = lines.Count(l => !l.Pilots.Measure.IsRate);
        row = Notes(sheet, row + 2, table, style, options, billing, lines.Select(l => l.Pilots).ToList());
        var charts = Charts(lines.Count, proportions, row + 1);
        var bottom = row + 1 + (2 * ChartRows);
        sheet.SheetView.FreezeRows(HeaderRow);
        sheet.PageSetup.PrintAreas.Add(1, 1, bottom, Columns.Length);
        sheet.PageSetup.FitToPages(1, 1);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, HeaderRow);
        return charts;
    }

    private static (HeadlineRow Pilots, HeadlineRow? Comparison)? Line(ValueTable table, string measureId)
    {
        var pilots = table.Headlines.FirstOrDefault(h => h.Measure.MeasureId == measureId && h.Clinic.Id == HeadlineGroups.Pilots.Id);
        return pilots is null
            ? null
            : (pilots, table.Headlines.FirstOrDefault(h => h.Measure.MeasureId == measureId && h.Clinic.Id == HeadlineGroups.Comparison.Id));
    }

    private static void WriteLine(IXLRow row, ValueTable table, ValueStyle style, HeadlineRow pilots, HeadlineRow? comparison)
    {
        var measure = pilots.Measure;
        row.Cell(1).Value = measure.DisplayName;
        row.Cell(2).Value = measure.PerYearUnit;
        var pilotShown = Side(row, 3, table, style, pilots);
        var comparisonShown = comparison is not null && Side(row, 6, table, style, comparison);
        if (comparison is null)
        {
            row.Cell(6).Value = "no comparison clinic";
        }

        if (!pilotShown || !comparisonShown || comparison is null)
        {
            row.Cell(11).Value = !pilotShown && Empty(pilots) ? "no data" : "not shown (see the cells)";
            return;
        }

        if (Math.Min(comparison.Before.Denominator, comparison.After.Denominator) < PilotOptions.DefaultMinComparisonUnits)
        {
            PilotStyle.Reading(row.Cell(11), PilotReading.TooFewComparison);
            return;
        }

        var (effect, isRatio) = Effect(pilots, comparison);
        var format = isRatio ? "+0%;-0%;0%" : CellFormats.PercentagePoints;
        var scale = isRatio ? 1 : 100;
        SheetStyle.Number(row.Cell(9), isRatio ? effect.Estimate - 1 : effect.Estimate * scale, format);
        row.Cell(10).Value = isRatio
            ? string.Create(CultureInfo.InvariantCulture, $"{effect.Lower - 1:+0%;-0%;0%} to {effect.Upper - 1:+0%;-0%;0%}")
            : string.Create(CultureInfo.InvariantCulture, $"{effect.Lower * 100:+0.0;-0.0;0.0} to {effect.Upper * 100:+0.0;-0.0;0.0} pp");
        PilotStyle.Reading(row.Cell(11), PilotReading.Of(effect, isRatio, measure.Direction));
    }

    private static bool Empty(HeadlineRow row) => row.Before.Denominator == 0 && row.After.Denominator == 0;

    /// <summary>Before, after and change of one group from <paramref name="column"/>; true when all are shown.</summary>
    private static bool Side(IXLRow row, int column, ValueTable table, ValueStyle style, HeadlineRow headline)
    {
        var measure = headline.Measure;
        var shown = true;
        foreach (var (period, offset) in new[] { (headline.Before, 0), (headline.After, 1) })
        {
            var cell = row.Cell(column + offset);
            if (!period.Complete)
            {
                cell.Value = "not complete";
                shown = false;
            }
            else if (period.Denominator == 0)
            {
                cell.Value = "no data";
                shown = false;
            }
            else if (table.IsRateHidden(period.Cells))
            {
                style.Suppressed(cell);
                shown = false;
            }
            else
            {
                SheetStyle.Number(cell, period.Numerator / period.Denominator * measure.PerYearScale, measure.PerYearFormat);
            }
        }

        if (shown)
        {
            var before = headline.Before.Numerator / headline.Before.Denominator * measure.PerYearScale;
            var after = headline.After.Numerator / headline.After.Denominator * measure.PerYearScale;
            SheetStyle.Number(row.Cell(column + 2), measure.IsRate ? after - before : (after - before) * 100, measure.IsRate ? "+#,##0.0;-#,##0.0;0.0" : CellFormats.PercentagePoints);
        }

        return shown;
    }

    /// <summary>The pilots' change against the comparison's: a difference in differences, or for a rate the ratio of rate ratios.</summary>
    private static (Interval Effect, bool IsRatio) Effect(HeadlineRow pilots, HeadlineRow comparison)
    {
        if (pilots.Measure.IsRate)
        {
            static Rate R(PooledPeriod p) => new((long)Math.Round(p.Numerator), p.Denominator);
            return (RateDifferenceInDifferences.Compare(R(pilots.Before), R(pilots.After), R(comparison.Before), R(comparison.After)).Effect, true);
        }

        static Proportion P(PooledPeriod p) => new(checked((int)Math.Round(p.Numerator)), checked((int)p.Denominator));
        return (DifferenceInDifferences.Compare(P(pilots.Before), P(pilots.After), P(comparison.Before), P(comparison.After)).Effect, false);
    }

    private static int Notes(
        IXLWorksheet sheet, int row, ValueTable table, ValueStyle style, ValueOptions options, CocmBillingTable? billing, List<HeadlineRow> pilots)
    {
        void Note(string topic, string text)
        {
            sheet.Cell(row, 1).Value = topic;
            sheet.Cell(row, 1).Style.Font.Bold = true;
            sheet.Cell(row, 2).Value = text;
            var merged = sheet.Range(row, 2, row, Columns.Length).Merge();
            merged.Style.Alignment.WrapText = true;
            merged.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            sheet.Cell(row, 1).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            SheetStyle.FitWrappedHeight(sheet.Row(row), (text, Columns.Skip(1).Sum(c => c.Width)));
            row++;
        }

        Note("Avoidable ED visits avoided", Avoided(pilots.FirstOrDefault(h => h.Measure.MeasureId == AvoidedVisits.MeasureId), table, style, options));
        Note("Patients served", Served(pilots.FirstOrDefault(h => h.Measure.MeasureId == "ed_visits"), table, style, options));
        Note("CoCM billable months", Billing(billing, style, options));
        var (hidden, shown) = table.SuppressedCounts();
        Note("Suppressed", string.Create(CultureInfo.InvariantCulture,
            $"{hidden:#,##0} of the {shown:#,##0} numerators and denominators in this workbook ({(shown == 0 ? 0 : (double)hidden / shown):0%}) are suppressed ({style.Marker} or {ValueStyle.ComplementMarker}); a rate built on one is suppressed with it."));
        return row;
    }

    private static string Avoided(HeadlineRow? row, ValueTable table, ValueStyle style, ValueOptions options)
    {
        if (row is null || row.Before.Denominator == 0 || row.After.Denominator == 0)
        {
            return "no data";
        }

        if (!row.Before.Complete || !row.After.Complete || table.IsRateHidden(row.Before.Cells) || table.IsRateHidden(row.After.Cells))
        {
            return "not shown: the pilot clinics' avoidable ED visits are suppressed or their periods not complete (" + style.Marker + ").";
        }

        var after = (long)Math.Round(row.After.Numerator);
        var ratio = RateComparison.Compare(new Rate(after, row.After.Denominator), new Rate((long)Math.Round(row.Before.Numerator), row.Before.Denominator)).Ratio;

        // Avoided = expected (before rate x after patient-months) - seen = seen x (1 / ratio - 1); the interval
        // follows the ratio's, with the visits seen taken as fixed.
        var avoided = AvoidedVisits.Of(row) ?? 0;
        var low = row.After.Numerator * ((1 / ratio.Upper) - 1);
        var high = row.After.Numerator * ((1 / ratio.Lower) - 1);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{avoided:#,##0} avoidable ED visits avoided at the pilot clinics in their after months (95% interval {low:#,##0} to {high:#,##0}): the before rate applied to the after patient-months, less the visits seen. No adjustment for trend, season or case mix.");
        return options.AvoidableEdVisitCost > 0
            ? text + string.Create(CultureInfo.InvariantCulture,
                $" Estimated savings ${avoided * (double)options.AvoidableEdVisitCost:#,##0} (${low * (double)options.AvoidableEdVisitCost:#,##0} to ${high * (double)options.AvoidableEdVisitCost:#,##0}) at ${options.AvoidableEdVisitCost:#,##0} a visit.")
            : text + " No cost per visit is configured (reports.avoidableEdVisitCost).";
    }

    private static string Served(HeadlineRow? row, ValueTable table, ValueStyle style, ValueOptions options)
    {
        if (row is null || (row.Before.Denominator == 0 && row.After.Denominator == 0))
        {
            return "no data";
        }

        string Average(PooledPeriod period) => !period.Complete || table.IsHidden(period.Cells.Denominator)
            ? style.Marker
            : string.Create(CultureInfo.InvariantCulture, $"{period.Denominator / (double)options.PeriodMonths:#,##0}");
        return "Attributed patients a month at the pilot clinics together (patient-months / " + options.PeriodMonths.ToString(CultureInfo.InvariantCulture)
            + "): " + Average(row.Before) + " before, " + Average(row.After) + " after go-live.";
    }

    private static string Billing(CocmBillingTable? billing, ValueStyle style, ValueOptions options)
    {
        if (billing is null)
        {
            return "no data: the run has no care-management minutes.";
        }

        var totals = billing.Rows.Where(r => r.Clinic.Id == KpiRow.Network && r.Period is null).ToList();
        if (totals.Count == 0 || totals.Sum(t => t.PatientMonths) == 0)
        {
            return "no data: no billable CoCM month in the report's months.";
        }

        var rates = options.CocmRates ?? new Dictionary<string, decimal>();
        var parts = totals.Select(t => t.Code + " " + (billing.IsHidden(t.UnitsCell)
            ? style.Marker
            : string.Create(CultureInfo.InvariantCulture, $"{t.Units:#,##0}"))).ToList();
        var months = totals.Where(t => t.Code != "99494").ToList();
        var text = months.Any(t => billing.IsHidden(t.PatientMonthsCell))
            ? "Billable patient-months, all clinics, the report's months: " + style.Marker
            : string.Create(CultureInfo.InvariantCulture, $"{months.Sum(t => t.PatientMonths):#,##0} billable patient-months, all clinics, the report's months");
        text += " (units: " + string.Join(", ", parts) + ").";
        if (rates.Count > 0 && totals.All(t => !billing.IsHidden(t.UnitsCell)))
        {
            var revenue = totals.Sum(t => rates.TryGetValue(t.Code, out var rate) ? rate * t.Units : 0);
            text += string.Create(CultureInfo.InvariantCulture, $" Estimated revenue ${revenue:#,##0} at the configured rates (reports.cocmRates). See Collaborative care billing.");
        }

        return text;
    }

    /// <summary>Four bar charts under the notes, two across: the pilots' and the comparison's percentages, the changes against comparison, and the ED rates.</summary>
    private static List<NativeChart> Charts(int lines, int proportions, int top)
    {
        if (lines == 0)
        {
            return [];
        }

        string Range(char column, int first, int last) => string.Create(CultureInfo.InvariantCulture, $"'{Name}'!${column}${first}:${column}${last}");
        string Cell(char column, int r) => string.Create(CultureInfo.InvariantCulture, $"'{Name}'!${column}${r}");
        const string Before = "9FB3C8";
        const string After = "1F4E79";
        const string ComparisonBefore = "D9D9D9";
        const string ComparisonAfter = "7F7F7F";
        var first = HeaderRow + 1;
        var charts = new List<NativeChart>();
        if (proportions > 0)
        {
            var last = HeaderRow + proportions;
            charts.Add(new NativeChart(Name, "Pilot clinics: before and after go-live", Range('A', first, last),
                [new(Cell('C', HeaderRow), Range('C', first, last), Before), new(Cell('D', HeaderRow), Range('D', first, last), After)],
                "0%", 0, top, 5, top + ChartRows - 1));
            charts.Add(new NativeChart(Name, "Comparison clinics: the same months", Range('A', first, last),
                [new(Cell('F', HeaderRow), Range('F', first, last), ComparisonBefore), new(Cell('G', HeaderRow), Range('G', first, last), ComparisonAfter)],
                "0%", 5, top, 11, top + ChartRows - 1));
            charts.Add(new NativeChart(Name, "Pilots' change against comparison (percentage points)", Range('A', first, last),
                [new(Cell('I', HeaderRow), Range('I', first, last), After)],
                "+0.0;-0.0;0.0", 0, top + ChartRows, 5, top + (2 * ChartRows) - 1, Minimum: null));
        }

        if (lines > proportions)
        {
            var from = HeaderRow + proportions + 1;
            var to = HeaderRow + lines;
            charts.Add(new NativeChart(Name, "ED visits per 1,000 patients per year", Range('A', from, to),
                [
                    new(Cell('C', HeaderRow), Range('C', from, to), Before), new(Cell('D', HeaderRow), Range('D', from, to), After),
                    new(Cell('F', HeaderRow), Range('F', from, to), ComparisonBefore), new(Cell('G', HeaderRow), Range('G', from, to), ComparisonAfter),
                ],
                "#,##0", 5, top + ChartRows, 11, top + (2 * ChartRows) - 1));
        }

        return charts;
    }
}
