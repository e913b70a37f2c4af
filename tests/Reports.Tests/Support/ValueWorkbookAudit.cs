using System.Globalization;
using System.Text.RegularExpressions;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Tests.Support;

/// <summary>
/// Reads what a value workbook shows into a <see cref="LinearAudit"/>, the way a reader would: every
/// numerator and denominator of the Monthly and Headlines sheets, and the sums the workbook states or a
/// reader can infer (denominator = numerator + the rest, for proportions; the network's month = the sum of
/// the clinics' month; a pooled period = the sum of its months; the pilot clinics' group = the sum of the
/// pilots' periods; the comparison clinics' group = the sum of the other clinics' months it names). Counts carry the same key in every release,
/// so two releases read into one audit are audited together. A marker "&lt;N" bounds a count by N - 1; any
/// other marker says nothing but "0 or more".
/// </summary>
internal static partial class ValueWorkbookAudit
{
    /// <param name="audit">The audit to add to.</param>
    /// <param name="path">The value workbook.</param>
    /// <param name="minCellSize">The workbook's minimum cell size.</param>
    /// <param name="distinct">Measures (by the display name the sheets show) whose network row counts a patient seen at two clinics once: at least each clinic, at most their sum.</param>
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

        // Each pilot's periods, then the groups: the pilot clinics (the sum of the pilots' periods) and the
        // comparison clinics (the sum of the other clinics' months over the stated months).
        var pilotPeriods = new Dictionary<(string Measure, int Side), List<string>>();
        for (var row = 4; workbook.Text("Headlines", "A" + row) is { Length: > 0 } measure; row++)
        {
            var clinic = workbook.Text("Headlines", "B" + row)!;
            foreach (var (side, months, n, d) in new[] { (0, "F", "G", "H"), (1, "J", "K", "L") })
            {
                var text = workbook.Text("Headlines", months + row);
                var numerator = workbook.Text("Headlines", n + row);
                var denominator = workbook.Text("Headlines", d + row);
                if (clinic == "PILOTS")
                {
                    var key = $"{measure}|PILOTS|{side}";
                    Count(audit, key, numerator, denominator, marker, minCellSize);
                    foreach (var part in new[] { "n", "d", "r" })
                    {
                        audit.Sum($"{key}|{part}", pilotPeriods.GetValueOrDefault((measure, side), []).Select(p => $"{p}|{part}").ToList());
                    }
                }
                else if (clinic == "COMPARISON")
                {
                    var pilots = pilotPeriods.GetValueOrDefault((measure, side), []).Select(p => p.Split('|')[1]).ToHashSet();
                    var others = monthly.Where(m => m.Key.Measure == measure).SelectMany(m => m.Value).Distinct().Where(c => !pilots.Contains(c)).ToList();
                    Group(audit, $"{measure}|COMPARISON|{side}", measure, others, text, numerator, denominator, marker, minCellSize);
                }
                else if (Pool(audit, measure, clinic, text, numerator, denominator, marker, minCellSize) is { } key)
                {
                    (pilotPeriods.TryGetValue((measure, side), out var list) ? list : pilotPeriods[(measure, side)] = []).Add(key);
                }
            }
        }
    }

    private static void Group(
        LinearAudit audit, string key, string measure, List<string> clinics, string? months, string? numerator, string? denominator, string marker, int minCellSize)
    {
        var match = months is null ? null : Range().Match(months);
        if (match is null || !match.Success)
        {
            return;
        }

        Count(audit, key, numerator, denominator, marker, minCellSize);
        var parts = new List<Month>();
        for (var m = Parse(match.Groups[1].Value); m <= Parse(match.Groups[2].Value); m = m.Plus(1))
        {
            parts.Add(m);
        }

        foreach (var part in new[] { "n", "d", "r" })
        {
            audit.Sum($"{key}|{part}", clinics.SelectMany(c => parts.Select(m => $"{measure}|{c}|{m}|{part}")).ToList());
        }
    }

    /// <summary>A clinic's pooled period and its months; returns its key, or null when its months are not stated.</summary>
    private static string? Pool(LinearAudit audit, string measure, string clinic, string? months, string? numerator, string? denominator, string marker, int minCellSize)
    {
        var match = months is null ? null : Range().Match(months);
        if (match is null || !match.Success)
        {
            return null;
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

        return key;
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
