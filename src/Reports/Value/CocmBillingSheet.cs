using System.Globalization;
using ClosedXML.Excel;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Monthly;

namespace QiPipeline.Reports.Value;

/// <summary>
/// The Collaborative care billing sheet as a pivot: months down, code by clinic across (the network last),
/// totals, suppressed; estimated revenue at <c>reports.cocmRates</c> when configured.
/// </summary>
internal static class CocmBillingSheet
{
    public const string Name = "Collaborative care billing";
    public const int HeaderRow = 4;
    public const string MoneyFormat = "#,##0.00";

    private static readonly Dictionary<string, string> Meanings = new(StringComparer.Ordinal)
    {
        ["99492"] = "first month, 36+ minutes",
        ["99493"] = "later month, 31+ minutes",
        ["99494"] = "each further 30 minutes",
        ["G2214"] = "month below those, 16+ minutes",
    };

    /// <summary>
    /// Writes the pivot: months down; per code, each clinic and all clinics across (billable units: one per
    /// patient-month except 99494); a total row; with rates, the rate and the estimated revenue under each column.
    /// </summary>
    public static void Write(IXLWorkbook workbook, CocmBillingTable table, IReadOnlyList<Month> months, ValueStyle style, ValueOptions options)
    {
        var rates = options.CocmRates ?? new Dictionary<string, decimal>();
        var byCode = table.Rows.GroupBy(r => r.Code, StringComparer.Ordinal).ToList();
        var clinics = table.Rows.Select(r => r.Clinic).DistinctBy(c => c.Id).ToList();
        var columns = 1 + (byCode.Count * clinics.Count);
        var sheet = workbook.Worksheets.Add(Name);
        style.AddBanner(sheet, columns, rates.Count > 0
            ? "Collaborative care (CoCM) billable units per month, code and clinic, with revenue at the configured rates (reports.cocmRates)"
            : "Collaborative care (CoCM) billable units per month, code and clinic: counts only, no rates configured (reports.cocmRates)");
        sheet.Cell(HeaderRow - 1, 1).Value = "Code";
        sheet.Cell(HeaderRow, 1).Value = "Month";
        sheet.Column(1).Width = 16;
        var column = 1;
        foreach (var code in byCode)
        {
            var first = column + 1;
            sheet.Cell(HeaderRow - 1, first).SetValue(code.Key + " — " + Meanings.GetValueOrDefault(code.Key, ""));
            sheet.Range(HeaderRow - 1, first, HeaderRow - 1, first + clinics.Count - 1).Merge();
            foreach (var clinic in clinics)
            {
                column++;
                sheet.Cell(HeaderRow, column).Value = clinic.Name;
                sheet.Column(column).Width = 11;
                var cells = code.Where(r => r.Clinic.Id == clinic.Id).ToDictionary(r => r.Period?.ToString() ?? "", r => r);
                for (var m = 0; m < months.Count; m++)
                {
                    if (cells.TryGetValue(months[m].ToString(), out var cell))
                    {
                        style.Value(sheet.Cell(HeaderRow + 1 + m, column), cell.Units, table.IsHidden(cell.UnitsCell), ValueStyle.CountFormat);
                    }
                }

                var total = cells[""];
                var totalRow = HeaderRow + months.Count + 1;
                var totalHidden = table.IsHidden(total.UnitsCell);
                style.Value(sheet.Cell(totalRow, column), total.Units, totalHidden, ValueStyle.CountFormat);
                if (rates.TryGetValue(code.Key, out var rate))
                {
                    SheetStyle.Number(sheet.Cell(totalRow + 1, column), (double)rate, MoneyFormat);

                    // Revenue is units times a published rate: showing it would show the units.
                    style.Value(sheet.Cell(totalRow + 2, column), (double)(rate * total.Units), totalHidden, CellFormats.Dollars);
                }
            }

            sheet.Range(HeaderRow - 1, first, HeaderRow + months.Count + (rates.Count > 0 ? 3 : 1), first).Style.Border.LeftBorder = XLBorderStyleValues.Thin;
        }

        for (var m = 0; m < months.Count; m++)
        {
            SheetStyle.Month(sheet.Cell(HeaderRow + 1 + m, 1), months[m]);
        }

        var last = HeaderRow + months.Count + 1;
        sheet.Cell(last, 1).Value = "Total";
        sheet.Range(last, 1, last, columns).Style.Font.Bold = true;
        sheet.Range(last, 1, last, columns).Style.Border.TopBorder = XLBorderStyleValues.Thin;
        if (rates.Count > 0)
        {
            sheet.Cell(last + 1, 1).Value = "Rate per unit";
            sheet.Cell(last + 2, 1).Value = "Estimated revenue";
            sheet.Range(last + 2, 1, last + 2, columns).Style.Font.Bold = true;
            last += 2;
        }

        SheetStyle.Header(sheet.Range(HeaderRow - 1, 1, HeaderRow, columns));
        sheet.Range(HeaderRow - 1, 1, HeaderRow, columns).Style.Alignment.WrapText = true;
        sheet.Row(HeaderRow - 1).Height = 30;
        sheet.Row(HeaderRow).Height = 30;
        sheet.SheetView.Freeze(HeaderRow, 1);
        sheet.PageSetup.PrintAreas.Add(1, 1, last, columns);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, HeaderRow);
    }

    /// <summary>The Methods sheet's paragraph.</summary>
    public static string Method(ValueOptions options)
    {
        var rates = options.CocmRates ?? new Dictionary<string, decimal>();
        var text = "Collaborative care (CoCM) months are counted from completed care-management encounter minutes per patient and calendar month, "
            + "as docs/measures.md describes: a first month (no care-management minutes in the 6 months before) with 36 or more minutes is 99492, "
            + "a later month with 31 or more is 99493, each further 30 minutes beyond 70 (first month) or 60 (later) is one 99494 once 16 of them "
            + "are reached, and a month below those with 16 or more minutes is G2214. A patient-month is billed once, by the clinic with the most "
            + "minutes. Consent, the registry and psychiatric case review are not checked: these are billing opportunities, not claims. "
            + "The counts are suppressed like every other count.";
        return rates.Count == 0
            ? text + " No rates are configured (reports.cocmRates), so no revenue is estimated."
            : text + " Estimated revenue is units times the configured rate: "
                + string.Join(", ", rates.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {r.Value:0.00}")))
                + " (reports.cocmRates); codes without a rate show no revenue.";
    }
}
