using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// When a depression screen is positive (the instrument table of docs/contract.md): PHQ-2 &gt;= 3,
/// PHQ-9, PHQ-A and EPDS &gt;= 10, each overridable as <c>thresholds.INSTRUMENT</c>. An instrument
/// without a threshold (added to a measure's set by configuration) is positive when its record
/// says <c>positive = true</c>, as social-needs screens are.
/// </summary>
internal sealed class ScreeningThresholds
{
    private readonly Dictionary<string, int> _thresholds = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the thresholds of <paramref name="instruments"/> that have a default.</summary>
    public ScreeningThresholds(MeasureParameters parameters, IEnumerable<string> instruments)
    {
        var configured = parameters.IntMap("thresholds");
        foreach (var instrument in instruments)
        {
            if (configured.TryGetValue(instrument, out var threshold))
            {
                _thresholds[instrument] = threshold;
            }
        }
    }

    /// <summary>Whether the screen is positive; a scored screen without a score is not.</summary>
    public bool IsPositive(Screening screening) =>
        _thresholds.TryGetValue(screening.Instrument, out var threshold)
            ? screening.Score >= threshold
            : screening.Positive == true;
}
