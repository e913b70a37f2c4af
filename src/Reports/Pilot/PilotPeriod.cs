using System.Globalization;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Reports.Pilot;

/// <summary>Final months of one side of go-live, pooled: their numerators and denominators added up.</summary>
/// <param name="Months">The distinct months pooled, in order.</param>
/// <param name="Numerator">The sum of the numerators.</param>
/// <param name="Denominator">The sum of the denominators.</param>
internal sealed record PilotPeriod(IReadOnlyList<Month> Months, double Numerator, long Denominator)
{
    /// <summary>The pooled rows' rate, or null for a denominator of 0.</summary>
    public double? Rate => Denominator == 0 ? null : Numerator / Denominator;

    /// <summary>Pools rows (of one or several clinics).</summary>
    public static PilotPeriod Of(IEnumerable<KpiRow> rows)
    {
        var list = rows.ToList();
        return new PilotPeriod(list.Select(r => r.Period).Distinct().Order().ToList(), list.Sum(r => r.Numerator), list.Sum(r => r.Denominator));
    }

    /// <summary>"2024-01 to 2024-06 (6 months)", or "none".</summary>
    public string Describe() => Months.Count == 0
        ? "none"
        : string.Create(CultureInfo.InvariantCulture, $"{Months[0]} to {Months[^1]} ({Months.Count} months)");
}
