using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Engine;

/// <summary>What every measure is evaluated against besides the patient's timeline.</summary>
/// <param name="AsOf">The as-of date (records after it are already gone from the timeline).</param>
/// <param name="From">The first reported month.</param>
/// <param name="To">The last reported month (inclusive).</param>
/// <param name="Parameters">The parameters of a measure id (defaults where not configured).</param>
public sealed record MeasureContext(DateOnly AsOf, Month From, Month To, Func<string, MeasureParameters> Parameters)
{
    /// <summary>Whether <paramref name="month"/> is reported.</summary>
    public bool Reports(Month month) => month.CompareTo(From) >= 0 && month.CompareTo(To) <= 0;

    /// <summary>The reported months.</summary>
    public IEnumerable<Month> Months => Month.Range(From, To);
}
