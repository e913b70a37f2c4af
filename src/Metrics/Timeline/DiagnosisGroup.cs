namespace QiPipeline.Metrics.Timeline;

/// <summary>
/// A named set of diagnoses the measures ask about (depression, bipolar, self-harm, ...): ICD-10-CM
/// code prefixes, minus prefixes carved out of them (F32 but not F3281). Codes compare without the
/// dot, upper-cased, trimmed. A later value set may add other code systems (SNOMED CT) here.
/// </summary>
/// <param name="Name">The group's name as docs say it.</param>
/// <param name="Prefixes">Dot-less, upper-case ICD-10-CM prefixes that are in the group.</param>
/// <param name="ExceptPrefixes">Dot-less, upper-case prefixes that are not, although a prefix above covers them.</param>
public sealed record DiagnosisGroup(string Name, IReadOnlyList<string> Prefixes, IReadOnlyList<string> ExceptPrefixes)
{
    /// <summary>A group of prefixes with no carve-outs.</summary>
    public DiagnosisGroup(string name, params string[] prefixes)
        : this(name, prefixes, [])
    {
    }

    /// <summary>Whether the code (any case, with or without dot, spaces around) is in the group.</summary>
    public bool Contains(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var normalized = Diagnosis.Normalize(code.Trim());
        return Prefixes.Any(p => normalized.StartsWith(p, StringComparison.Ordinal))
            && !ExceptPrefixes.Any(p => normalized.StartsWith(p, StringComparison.Ordinal));
    }

    /// <summary>The union of groups (a code in any of them), named by the first.</summary>
    public static DiagnosisGroup Union(string name, params DiagnosisGroup[] groups)
    {
        // Carve-outs stay sound only when no other group brings the carved codes back; the groups
        // unioned here do not overlap, so the carve-outs of each are kept as they are.
        ArgumentNullException.ThrowIfNull(groups);
        return new DiagnosisGroup(name, [.. groups.SelectMany(g => g.Prefixes)], [.. groups.SelectMany(g => g.ExceptPrefixes)]);
    }
}
