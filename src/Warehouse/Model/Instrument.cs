namespace QiPipeline.Warehouse.Model;

/// <summary>
/// A screening instrument of the instrument table in docs/contract.md. Instruments without a score range (social needs)
/// carry their result in <c>positive</c> instead of a score.
/// </summary>
/// <param name="Name">The canonical name stored in the warehouse.</param>
/// <param name="Family">What it screens for.</param>
/// <param name="MaxScore">The highest total score (the lowest is 0), or null when it has no score.</param>
/// <param name="Loinc">The LOINC code of its total score that sources may send instead of the name.</param>
public sealed record Instrument(string Name, InstrumentFamily Family, int? MaxScore, string? Loinc = null)
{
    /// <summary>Whether the instrument is scored (and so needs a score in range).</summary>
    public bool IsScored => MaxScore is not null;

    /// <summary>Whether the instrument carries the PHQ-9 item 9 (suicidal ideation) score.</summary>
    public bool HasItem9 => Name is "PHQ-9" or "PHQ-A";
}
