using System.Globalization;
using ClosedXML.Excel;
using QiPipeline.Reports.Monthly;

namespace QiPipeline.Reports.Value;

/// <summary>
/// The Collaborative care billing sheet: billable patient-months and units per code, clinic and month, each
/// clinic's total and the network, suppressed; estimated revenue at <c>reports.cocmRates</c> when configured.
/// </summary>
internal static class CocmBillingSheet
{
    public const string Name = "Collaborative care billing";
    public const int HeaderRow = 3;
    public const string MoneyFormat = "#,##0.00";

    private static readonly Dictionary<string, string> Meanings = new(StringComparer.Ordinal)
    {
        ["99492"] = "first month, 36+ minutes",
        ["99493"] = "later month, 31+ minutes",
        ["99494"] = "each further 30 minutes",
        ["G2214"] = "month below those, 16+ minutes",
    };

    private static readonly (string Title, double Width)[] Counts =
    [
        ("Code", 8), ("Code is", 32), ("Clinic", 8), ("Clinic name", 28), ("Month", 10), ("Billable patient-months", 14), ("Units", 10),
    ];

    private static readonly (string Title, double Width)[] Revenue = [("Rate per unit", 12), ("Estimated revenue", 16)];

    public static void Write(IXLWorkbook workbook, CocmBillingTable table, ValueStyle style, ValueOptions options)
    {
        var rates = options.CocmRates ?? new Dictionary<string, decimal>();
        var columns = rates.Count > 0 ? [.. Counts, .. Revenue] : Counts;
        var sheet = workbook.Worksheets.Add(Name);
        style.AddBanner(sheet, columns.Length, rates.Count > 0
            ? "CoCM billable months per code, clinic and month, with revenue at the configured rates (reports.cocmRates)"
            : "CoCM billable months per code, clinic and month: counts only, no rates configured (reports.cocmRates)");
        var row = HeaderRow;
        foreach (var billing in table.Rows)
        {
            row++;
            // A code such as 99492 stays text: ClosedXML would store the string as a number.
            sheet.Cell(row, 1).SetValue(billing.Code);
            sheet.Cell(row, 1).DataType = XLDataType.Text;
            sheet.Cell(row, 2).Value = Meanings.GetValueOrDefault(billing.Code, "");
            sheet.Cell(row, 3).Value = billing.Clinic.Id;
            sheet.Cell(row, 4).Value = billing.Clinic.Name;
            if (billing.Period is { } month)
            {
                SheetStyle.Month(sheet.Cell(row, 5), month);
            }
            else
            {
                sheet.Cell(row, 5).Value = "Total";
                sheet.Range(row, 1, row, columns.Length).Style.Font.Bold = true;
            }

            style.Value(sheet.Cell(row, 6), billing.PatientMonths, table.IsHidden(billing.PatientMonthsCell), ValueStyle.CountFormat);
            var unitsHidden = table.IsHidden(billing.UnitsCell);
            style.Value(sheet.Cell(row, 7), billing.Units, unitsHidden, ValueStyle.CountFormat);
            if (rates.TryGetValue(billing.Code, out var rate))
            {
                SheetStyle.Number(sheet.Cell(row, 8), (double)rate, MoneyFormat);

                // Revenue is units times a published rate: showing it would show the units.
                style.Value(sheet.Cell(row, 9), (double)(rate * billing.Units), unitsHidden, MoneyFormat);
            }
        }

        ValueStyle.Table(sheet, HeaderRow, columns, row);
        sheet.Row(HeaderRow).Height = 30;
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
