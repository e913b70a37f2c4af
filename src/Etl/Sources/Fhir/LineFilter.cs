namespace QiPipeline.Etl.Sources.Fhir;

/// <summary>
/// A text test that spares parsing a line that cannot hold what a pass looks for. Encounter and
/// Observation files are read three times (the home entity, a scan for links, the other entity),
/// and parsing is most of the fhir source's time; the second entity wants a few lines in ten (ED
/// visits, surveys). A code the pass needs appears literally in the line unless the exporter wrote
/// it with <c>\u</c> escapes, so a line with any such escape is always parsed: the test only ever
/// skips a line that the mapping would have turned down.
/// </summary>
internal static class LineFilter
{
    /// <summary>Whether <paramref name="line"/> may hold one of <paramref name="needles"/> (null: no filter).</summary>
    public static bool MayHold(string line, IReadOnlyList<string>? needles) =>
        needles is null
        || line.Contains("\\u", StringComparison.Ordinal)
        || needles.Any(n => line.Contains(n, StringComparison.Ordinal));
}
