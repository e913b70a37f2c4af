using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Tests.Support;

/// <summary>Hand-made kpi rows: consecutive months from a start, one numerator per month.</summary>
internal static class Rows
{
    public static List<KpiRow> Series(string measure, string clinic, Month first, long denominator, double[] numerators, int pendingLast = 0) =>
        numerators.Select((n, i) => new KpiRow(
            measure, clinic, first.Plus(i), KpiRow.AllStratum, KpiRow.AllStratum, n, denominator, i >= numerators.Length - pendingLast, null)).ToList();
}
