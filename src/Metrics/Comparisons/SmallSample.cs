using System.Globalization;

namespace QiPipeline.Metrics.Comparisons;

/// <summary>
/// When a comparison rests on too little data to be read at face value. The intervals stay valid (that is
/// why they are score intervals); the warning tells the reader why they are wide.
/// </summary>
internal static class SmallSample
{
    /// <summary>Fewer events (or non-events) than this: a proportion is driven by a handful of patients.</summary>
    public const int MinimumEvents = 5;

    /// <summary>A denominator smaller than this: one patient moves the proportion by more than 3 points.</summary>
    public const int MinimumTotal = 30;

    /// <summary>Fewer events than this: a rate ratio's log interval is rough.</summary>
    public const int MinimumRateEvents = 10;

    public static IEnumerable<string> Check(string name, Proportion p)
    {
        if (p.Total < MinimumTotal)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"small sample: {name} is {p} (fewer than {MinimumTotal}); one patient moves it by {100.0 / p.Total:0.#} points");
        }
        else if (p.Events < MinimumEvents || p.Total - p.Events < MinimumEvents)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"small sample: {name} is {p} (fewer than {MinimumEvents} events or non-events); the interval is wide");
        }
    }

    public static IEnumerable<string> Check(string name, Rate r)
    {
        if (r.Events == 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"no events: {name} has 0 events in {r.Exposure:0.###}; the rate ratio and its interval are not defined");
        }
        else if (r.Events < MinimumRateEvents)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"small sample: {name} has {r.Events} events (fewer than {MinimumRateEvents}); the interval is rough");
        }
    }
}
