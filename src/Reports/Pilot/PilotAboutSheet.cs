using System.Globalization;
using ClosedXML.Excel;

namespace QiPipeline.Reports.Pilot;

/// <summary>The About sheet: what the comparison is, in plain words.</summary>
internal static class PilotAboutSheet
{
    public const string Name = "About";

    /// <summary>About how many characters of the default font fit on a line of the text column (width 110).</summary>
    private const double CharactersPerLine = 100;

    public static void Write(IXLWorkbook workbook, DateOnly asOf, IReadOnlyList<PilotClinic> pilots, IReadOnlyList<ReportClinic> comparison, PilotOptions options)
    {
        var sheet = workbook.Worksheets.Add(Name);
        PilotStyle.AddBanner(sheet, 2, "How to read the pilot comparison");
        sheet.Column(1).Width = 26;
        sheet.Column(2).Width = 110;
        var row = 3;
        foreach (var (topic, text) in Paragraphs(asOf, pilots, comparison, options))
        {
            row++;
            sheet.Cell(row, 1).Value = topic;
            sheet.Cell(row, 1).Style.Font.Bold = true;
            sheet.Cell(row, 2).Value = text;
            sheet.Cell(row, 2).Style.Alignment.WrapText = true;

            // Row heights are set, not left to the reader: LibreOffice keeps a wrapped row one line high.
            sheet.Row(row).Height = 15 * Math.Ceiling(text.Length / CharactersPerLine);
            sheet.Range(row, 1, row, 2).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }

        sheet.PageSetup.PrintAreas.Add(1, 1, row, 2);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, 2);
    }

    private static IEnumerable<(string Topic, string Text)> Paragraphs(
        DateOnly asOf, IReadOnlyList<PilotClinic> pilots, IReadOnlyList<ReportClinic> comparison, PilotOptions options)
    {
        yield return ("As of", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ": records dated after this day are not counted.");
        yield return ("Pilot clinics", pilots.Count == 0
            ? "None: no clinic is configured with \"pilot\": true and a goLive date."
            : string.Join("; ", pilots.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Clinic.Id} {p.Clinic.Name}, go-live {p.GoLive:yyyy-MM-dd}"))) + ". Two sheets each: the readings (first) and the statistics.");
        yield return ("Comparison clinics", comparison.Count == 0
            ? "None: every clinic is a pilot, so there is no change against comparison clinics."
            : string.Join("; ", comparison.Select(c => $"{c.Id} {c.Name}")) + ": the clinics that are not pilots, added up month by month.");
        yield return ("Before and after", "Before: the final months of the report's 24 months that come before the go-live month. After: the final "
            + "months from the go-live month on (the go-live month and the ramp-up months after it count as after, although the change was "
            + "still being introduced, so the after side may understate the model's settled effect). Numerators "
            + "and denominators of the months are added up. Pending months (whose patients can still meet the measure, so their rates will still "
            + "rise) are left out of both sides.");
        yield return ("Intervals", "Every interval is a 95% interval. A proportion (percent): Wilson's score interval for before and for after; "
            + "the change is after minus before in percentage points with Newcombe's interval (Newcombe 1998, method 10). "
            + "An ED rate (visits per patient-month, shown per 1,000 patients per year, i.e. times 12,000): the Poisson score interval for each rate "
            + "(as on the monthly Equity sheet); the change is the rate ratio after / before, shown on the readings sheet as a percent change (-20% is a fifth fewer visits).");
        yield return ("Against comparison", "The pilot's change minus the comparison clinics' change over the same months (difference in differences, "
            + "intervals combined by square-and-add, Newcombe 2001); for an ED rate, the pilot's rate ratio divided by the comparison's. "
            + "It takes out what changed everywhere (season, coding, the network's own trend); it assumes the clinics would otherwise have moved alike. "
            + string.Create(CultureInfo.InvariantCulture, $"When the comparison clinics have fewer than {options.MinComparisonUnits} units (patients or patient-months) before or after ")
            + "(reports.minComparisonUnits), it reads \"too few comparison patients\" and no comparison figure is shown.");
        yield return ("Readings", "\"improved beyond chance\": the interval leaves out no change (0 for a difference, 1 for a ratio) on the side the "
            + "measure improves (higher screening, fewer ED visits). \"worse beyond chance\": on the other side. \"no change beyond chance\": the "
            + "interval includes no change. Beyond chance is not proof that the pilot caused it. \"no data\": no unit in either period (not 0%). "
            + "Small samples are named in the statistics sheet's Notes.");
        yield return ("Charts", "Below each readings table, one SPC chart per measure with data, as the monthly workbook draws them, in two "
            + "phases split at go-live, two to a printed page: the centre line and limits of the after phase are computed from the after months only.");
        yield return ("Privacy", "Aggregates only: no patient id is in this workbook. Counts are not suppressed (the value workbook is the one "
            + "to share outside the organisation).");
    }
}
