using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Analysis;
using QiPipeline.Application;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

// The monthly workbook's grouping (src/Reports/MonthlyWorkbook.cs): the stratum-all rows, per measure, per
// clinic, in month order: the series each chart is computed from. Done three ways on the same rows, each
// checked to give the same series, timed over repeated runs after a warm-up. Usage: [clinics ...]
var sizes = args.Length == 0 ? [3, 30] : args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
Console.WriteLine("clinics  rows  linq ms  frame only ms  frame groupby ms  frame filter ms");
foreach (var clinics in sizes)
{
    var rows = Rows(clinics);
    var linq = Linq(rows);
    Check(linq, GroupByFrame(rows));
    Check(linq, FilterFrame(rows));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{clinics,7}  {rows.Count,6:N0}  {Time(() => Linq(rows)),7:F1}  {Time(() => KpiFrames.FromRows(rows)),13:F1}  {Time(() => GroupByFrame(rows)),16:F1}  {Time(() => FilterFrame(rows)),15:F1}"));
}

// Today's code, as MonthlyWorkbook groups (then SeriesAnalyzer orders by month): LINQ over the rows.
static Dictionary<(string, string), List<KpiRow>> Linq(IReadOnlyList<KpiRow> rows)
{
    var all = rows.Where(r => r.Stratum == KpiRow.AllStratum).ToList();
    var clinics = all.Select(r => r.ClinicId).Distinct().ToList();
    return all.GroupBy(r => r.MeasureId, StringComparer.Ordinal)
        .SelectMany(m => clinics.Where(c => m.Any(r => r.ClinicId == c)).Select(c => (Key: (m.Key, c), Rows: m.Where(r => r.ClinicId == c).OrderBy(r => r.Period).ToList())))
        .ToDictionary(s => s.Key, s => s.Rows);
}

// A DataFrame: the frame of the rows, filtered to the stratum all, grouped by measure and clinic, rows back to KpiRows.
static Dictionary<(string, string), List<KpiRow>> GroupByFrame(IReadOnlyList<KpiRow> rows)
{
    var frame = KpiFrames.FromRows(rows);
    var all = frame.Filter(frame["stratum"].ElementwiseEquals(KpiRow.AllStratum));
    var series = new Dictionary<(string, string), List<KpiRow>>();
    foreach (var measure in all.GroupBy<string>("measure_id").Groupings)
    {
        foreach (var clinic in measure.GroupBy(r => (string)r[1]))
        {
            series[(measure.Key, clinic.Key)] = clinic.Select(Row).OrderBy(r => r.Period).ToList();
        }
    }

    return series;
}

// A DataFrame the way its documentation filters: one boolean mask per (measure, clinic), then OrderBy.
static Dictionary<(string, string), List<KpiRow>> FilterFrame(IReadOnlyList<KpiRow> rows)
{
    var frame = KpiFrames.FromRows(rows);
    var all = frame.Filter(frame["stratum"].ElementwiseEquals(KpiRow.AllStratum));
    var measures = ((StringDataFrameColumn)all["measure_id"]).Distinct().ToList();
    var clinicIds = ((StringDataFrameColumn)all["clinic_id"]).Distinct().ToList();
    var series = new Dictionary<(string, string), List<KpiRow>>();
    foreach (var measure in measures)
    {
        var ofMeasure = all.Filter(all["measure_id"].ElementwiseEquals(measure));
        foreach (var clinic in clinicIds)
        {
            var one = ofMeasure.Filter(ofMeasure["clinic_id"].ElementwiseEquals(clinic)).OrderBy("period");
            if (one.Rows.Count > 0)
            {
                series[(measure, clinic)] = one.Rows.Select(Row).ToList();
            }
        }
    }

    return series;
}

static KpiRow Row(DataFrameRow r)
{
    if (!Month.TryParse((string)r[2], out var period))
    {
        throw new InvalidOperationException($"not a month: {r[2]}");
    }

    return new KpiRow((string)r[0], (string)r[1], period, (string)r[3], (string)r[4], (double)r[5]!, (long)r[6]!, (string)r[8] == "pending", (double?)r[9]);
}

static void Check(Dictionary<(string, string), List<KpiRow>> expected, Dictionary<(string, string), List<KpiRow>> actual)
{
    if (expected.Count != actual.Count || expected.Any(e => !actual.TryGetValue(e.Key, out var a) || !a.SequenceEqual(e.Value)))
    {
        throw new InvalidOperationException("the groupings differ");
    }
}

static double Time(Action run)
{
    run();
    var clock = Stopwatch.StartNew();
    var times = 0;
    do
    {
        run();
        times++;
    }
    while (clock.Elapsed < TimeSpan.FromSeconds(2) || times < 3);

    return clock.Elapsed.TotalMilliseconds / times;
}

// A run's kpi_monthly rows: 26 measures, each clinic and ALL, 24 months, the stratum all and 6 strata of 5 values.
static List<KpiRow> Rows(int clinics)
{
    var random = new Random(20251207);
    var strata = new[] { "age_band", "sex", "race", "ethnicity", "language", "payer" };
    var rows = new List<KpiRow>();
    var to = new Month(2025, 5);
    foreach (var measure in Enumerable.Range(1, 26).Select(i => $"measure_{i:D2}"))
    {
        foreach (var clinic in Enumerable.Range(1, clinics).Select(i => $"C{i}").Append(KpiRow.Network))
        {
            for (var m = 23; m >= 0; m--)
            {
                var denominator = random.Next(0, 200);
                rows.Add(new KpiRow(measure, clinic, to.Plus(-m), KpiRow.AllStratum, KpiRow.AllStratum, random.Next(0, denominator + 1), denominator, m < 2, null));
                foreach (var stratum in strata)
                {
                    for (var v = 0; v < 5; v++)
                    {
                        var d = random.Next(0, 40);
                        rows.Add(new KpiRow(measure, clinic, to.Plus(-m), stratum, $"v{v}", random.Next(0, d + 1), d, m < 2, null));
                    }
                }
            }
        }
    }

    return rows;
}
