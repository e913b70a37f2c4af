using ClosedXML.Excel;

namespace QiPipeline.Reports.Value;

/// <summary>
/// The ED visit categories sheet: per clinic and for the network, over the report's months, the ED visits the
/// ED measures count and the share of them in each NYU category (weighted) and unclassified, suppressed.
/// </summary>
internal static class EdCategoriesSheet
{
    public const string Name = "ED visit categories";
    public const int HeaderRow = 3;
    public const string ShareFormat = "0.0%";

    public static void Write(IXLWorkbook workbook, EdCategoriesTable table, ValueStyle style, string period)
    {
        (string Title, double Width)[] columns =
        [
            ("Clinic", 8), ("Clinic name", 28), ("ED visits", 10), .. EdCategoriesTable.Categories.Select(c => (c.Title, 14.0)),
        ];
        var sheet = workbook.Worksheets.Add(Name);
        style.AddBanner(sheet, columns.Length, $"ED visits without admission by NYU ED algorithm category (share of visits), {period}");
        var row = HeaderRow;
        foreach (var clinic in table.Rows)
        {
            row++;
            sheet.Cell(row, 1).Value = clinic.Clinic.Id;
            sheet.Cell(row, 2).Value = clinic.Clinic.Name;
            style.Count(sheet.Cell(row, 3), clinic.Visits, table.IsHidden(clinic.VisitsCell), table.IsSmall(clinic.VisitsCell), ValueStyle.CountFormat);
            for (var i = 0; i < clinic.Parts.Count; i++)
            {
                // A share times the visits shown gives the weighted count back: it is hidden with it.
                var share = clinic.Visits > 0 ? clinic.Parts[i] / clinic.Visits : (double?)null;
                // A share hidden only to protect another count says so ([c]), not that its own count is small.
                var cell = clinic.PartCells[i];
                if (share is { } value)
                {
                    style.Count(sheet.Cell(row, 4 + i), value, table.IsHidden(cell), table.IsSmall(cell), ShareFormat);
                }
                else
                {
                    style.Value(sheet.Cell(row, 4 + i), share, table.IsHidden(cell), ShareFormat);
                }
            }
        }

        sheet.Range(row, 1, row, columns.Length).Style.Font.Bold = true;
        ValueStyle.Table(sheet, HeaderRow, columns, row);
    }

    /// <summary>The Methods sheet's paragraph.</summary>
    public static string Method() =>
        "ED visits without admission of the patients attributed to each clinic, as the ED measures count them, over the report's months. "
        + "Each visit's primary diagnosis is looked up, by its exact code, in the NYU ED algorithm's ICD-10 weights table (Johnston et al. 2017, "
        + "shipped with QiPipeline from the Tuva Project, or the table of ed.classificationFile), which gives the probability of each category; "
        + "the shares are those probabilities added up over the visits, divided by the visits. A code that is not in the table leaves the visit "
        + "unclassified: it adds nothing to avoidable ED visits (non-emergent + primary care treatable + emergent, preventable), so a large "
        + "unclassified share means the avoidable count is understated. Weighted counts are suppressed like every other count, and a share with them.";
}
