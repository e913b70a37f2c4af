using System.Globalization;
using System.Text;

namespace QiPipeline.EtlBenchmark.MonthAfter;

/// <summary>
/// Two kpis.csv files compared row by row on their key (measure, clinic, month): an incremental month should
/// end in the same measures as a from-scratch run of the same records. Only aggregates are printed.
/// </summary>
internal static class KpiComparison
{
    private const int KeyFields = 3;
    private const int Examples = 10;

    public static async Task<(int Differing, string Summary)> CompareAsync(string expected, string actual)
    {
        var before = await RowsAsync(expected);
        var after = await RowsAsync(actual);
        var keys = before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var differing = keys.Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k)).ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"kpis.csv: {before.Count:N0} rows from scratch, {after.Count:N0} the month after, {differing.Count:N0} differ (by measure, clinic, month)\n");
        foreach (var key in differing.Take(Examples))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {key}: from scratch {before.GetValueOrDefault(key) ?? "(none)"} | month after {after.GetValueOrDefault(key) ?? "(none)"}\n");
        }

        return (differing.Count, text.ToString());
    }

    /// <summary>Rows keyed by their first three fields (ids and a month: no field before them is ever quoted).</summary>
    private static async Task<Dictionary<string, string>> RowsAsync(string path)
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in (await File.ReadAllLinesAsync(path)).Skip(1))
        {
            var fields = line.Split(',', KeyFields + 1);
            rows.Add(string.Join(',', fields[..KeyFields]), fields[KeyFields]);
        }

        return rows;
    }
}
