using System.Globalization;
using System.Text.RegularExpressions;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Tests.Support;

/// <summary>
/// Reads what a value workbook shows into a <see cref="LinearAudit"/>, the way a reader would: every
/// numerator and denominator of the Monthly and Headlines sheets, and the sums the workbook states or a
/// reader can infer (denominator = numerator + the rest, for proportions; the network's month = the sum of
/// the clinics' month; a pooled period = the sum of its months). Counts carry the same key in every release,
/// so two releases read into one audit are audited together. A marker "&lt;N" bounds a count by N - 1; any
/// other marker says nothing but "0 or more".
/// </summary>
internal static partial class ValueWorkbookAudit
{
    /// <param name="audit">The audit to add to.</param>
    /// <param name="path">The value workbook.</param>
    /// <param name="minCellSize">The workbook's minimum cell size.</param>
    /// <param name="distinct">Measures whose network row counts a patient seen at two clinics once: at least each clinic, at most their sum.</param>
    public static void Read(LinearAudit audit, string path, int minCellSize = 11, IReadOnlySet<string>? distinct = null)
    {
        using var workbook = new WorkbookReader(path);
        var marker = "<" + minCellSize.ToString(CultureInfo.InvariantCulture);
        var monthly = new Dictionary<(string Measure, string Month), List<string>>();
        for (var row = 4; workbook.Text("Monthly", "A" + row) is { Length: > 0 } measure; row++)
        {
            var clinic = workbook.Text("Monthly", "B" + row)!;
            var month = Month.Of(DateOnly.FromDateTime(DateTime.FromOADate(workbook.Number("Monthly", "D" + row)))).ToString();
            var key = $"{measure}|{clinic}|{month}";
            Count(audit, key, workbook.Text("Monthly", "F" + row), workbook.Text("Monthly", "G" + row), marker, minCellSize);
            if (clinic != "ALL")
            {
                var clinics = monthly.TryGetValue((measure, month), out var list) ? list : monthly[(measure, month)] = [];
                clinics.Add(clinic);
            }
        }

        foreach (var ((measure, month), clinics) in monthly)
        {
            foreach (var part in new[] { "n", "d", "r" })
            {
                var parts = clinics.Select(c => $"{measure}|{c}|{month}|{part}").ToList();
                if (distinct?.Contains(measure) != true)
                {
                    audit.Sum($"{measure}|ALL|{month}|{part}", parts);
                }
                else if (part != "r")
                {
                    audit.Distinct($"{measure}|ALL|{month}|{part}", parts);
                }
            }
        }

        for (var row = 4; workbook.Text("Headlines", "A" + row) is { Length: > 0 } measure; row++)
        {
            var clinic = workbook.Text("Headlines", "B" + row)!;
            Pool(audit, measure, clinic, workbook.Text("Headlines", "F" + row), workbook.Text("Headlines", "G" + row), workbook.Text("Headlines", "H" + row), marker, minCellSize);
            Pool(audit, measure, clinic, workbook.Text("Headlines", "J" + row), workbook.Text("Headlines", "K" + row), workbook.Text("Headlines", "L" + row), marker, minCellSize);
        }
    }

    private static void Pool(LinearAudit audit, string measure, string clinic, string? months, string? numerator, string? denominator, string marker, int minCellSize)
    {
        var match = months is null ? null : Range().Match(months);
        if (match is null || !match.Success)
        {
            return;
        }

        var first = Parse(match.Groups[1].Value);
        var last = Parse(match.Groups[2].Value);
        var key = $"{measure}|{clinic}|{first}..{last}";
        Count(audit, key, numerator, denominator, marker, minCellSize);
        var parts = new List<Month>();
        for (var m = first; m <= last; m = m.Plus(1))
        {
            parts.Add(m);
        }

        foreach (var part in new[] { "n", "d", "r" })
        {
            audit.Sum($"{key}|{part}", parts.Select(m => $"{measure}|{clinic}|{m}|{part}").ToList());
        }
    }

    private static void Count(LinearAudit audit, string key, string? numerator, string? denominator, string marker, int minCellSize)
    {
        Cell(audit, key + "|n", numerator, marker, minCellSize);
        Cell(audit, key + "|d", denominator, marker, minCellSize);
        audit.Unknown(key + "|r");
        audit.Sum(key + "|d", [key + "|n", key + "|r"]);
    }

    private static void Cell(LinearAudit audit, string key, string? text, string marker, int minCellSize)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            audit.Shown(key, value);
        }
        else if (text == marker)
        {
            audit.Hidden(key, minCellSize - 1);
        }
        else
        {
            audit.Hidden(key, double.PositiveInfinity);
        }
    }

    private static Month Parse(string text) =>
        new(int.Parse(text[..4], CultureInfo.InvariantCulture), int.Parse(text[5..], CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^(\d{4}-\d{2}) to (\d{4}-\d{2})")]
    private static partial Regex Range();
}
