using QiPipeline.Metrics.Engine;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// One screening-coverage measure with its parameters: <c>instruments</c>, <c>minAge</c>,
/// <c>lookbackDays</c> and <c>exclusionDxPrefixes</c> (defaults from the docs/measures.md table).
/// </summary>
internal sealed record ScreeningMeasure(string Id, IReadOnlyList<string> Instruments, int MinAge, int LookbackDays, IReadOnlyList<string> ExclusionDxPrefixes)
{
    /// <summary>Reads the measure's parameters (defaults from the catalog).</summary>
    public static ScreeningMeasure Read(MeasureContext context, string id)
    {
        var parameters = context.Parameters(id);
        return new ScreeningMeasure(
            id,
            parameters.Strings("instruments"),
            parameters.Int("minAge"),
            parameters.Int("lookbackDays"),
            parameters.Strings("exclusionDxPrefixes"));
    }

    /// <summary>Whether the screening uses one of the measure's instruments (names compared case-insensitively).</summary>
    public bool Uses(string instrument) => Instruments.Contains(instrument, StringComparer.OrdinalIgnoreCase);
}
