using System.Globalization;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Tests.Support;

/// <summary>Measure contexts for decks: an as-of date, a month range, optional parameter overrides.</summary>
internal static class Contexts
{
    /// <summary>
    /// As of <paramref name="asOf"/>, reporting <paramref name="from"/>..<paramref name="to"/> (YYYY-MM);
    /// overrides are "measure_id.name=value" (lists as "measure_id.name:0=value").
    /// </summary>
    public static MeasureContext For(string asOf, string from, string to, params string[] overrides)
    {
        var byMeasure = overrides
            .Select(o => (Key: o[..o.IndexOf('=', StringComparison.Ordinal)], Value: o[(o.IndexOf('=', StringComparison.Ordinal) + 1)..]))
            .GroupBy(o => o.Key[..o.Key.IndexOf('.', StringComparison.Ordinal)])
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, string?>)g.ToDictionary(o => o.Key[(o.Key.IndexOf('.', StringComparison.Ordinal) + 1)..], o => (string?)o.Value));
        return new MeasureContext(
            DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            M(from),
            M(to),
            id => byMeasure.TryGetValue(id, out var values) ? new MeasureParameters(id, values) : MeasureParameters.Defaults(id));
    }

    public static Month M(string month) => Month.TryParse(month, out var m) ? m : throw new ArgumentException(month);
}
