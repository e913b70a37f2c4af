using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// One screening-coverage measure with its parameters <c>instruments</c>, <c>minAge</c> and
/// <c>lookbackDays</c> (defaults from the catalog), and its exclusion: the diagnosis group that
/// removes a patient diagnosed before the month's first visit, or null. The group is part of the
/// definition, not a parameter: screening is for patients not yet diagnosed.
/// </summary>
internal sealed record ScreeningMeasure(string Id, IReadOnlyList<string> Instruments, int MinAge, int LookbackDays, DiagnosisGroup? Exclusion)
{
    /// <summary>Reads the measure's parameters (defaults from the catalog).</summary>
    public static ScreeningMeasure Read(MeasureContext context, string id, DiagnosisGroup? exclusion = null)
    {
        var parameters = context.Parameters(id);
        return new ScreeningMeasure(
            id,
            parameters.Strings("instruments"),
            parameters.Int("minAge"),
            parameters.Int("lookbackDays"),
            exclusion);
    }

    /// <summary>Whether the screening uses one of the measure's instruments (names compared case-insensitively).</summary>
    public bool Uses(string instrument) => Instruments.Contains(instrument, StringComparer.OrdinalIgnoreCase);
}
