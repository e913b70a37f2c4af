namespace QiPipeline.Metrics.Timeline;

/// <summary>
/// A named value set of diagnoses the measures ask about (depression, bipolar, self-harm, ...): ICD-10-CM
/// code prefixes, minus prefixes carved out of them (F32 but not F3281), and the SNOMED CT concepts
/// that mean the same, matched exactly (the shipped table, <see cref="DiagnosisValueSets"/>, lists them
/// one by one, as the published value sets it comes from do). ICD-10-CM codes compare without the dot,
/// upper-cased, trimmed.
/// </summary>
/// <param name="Name">The group's name as docs say it.</param>
/// <param name="Prefixes">Dot-less, upper-case ICD-10-CM prefixes that are in the group.</param>
/// <param name="ExceptPrefixes">Dot-less, upper-case prefixes that are not, although a prefix above covers them.</param>
/// <param name="SnomedConcepts">SNOMED CT concept ids in the group.</param>
public sealed record DiagnosisGroup(string Name, IReadOnlyList<string> Prefixes, IReadOnlyList<string> ExceptPrefixes, IReadOnlySet<string> SnomedConcepts)
{
    /// <summary>A group of ICD-10-CM prefixes and carve-outs, without SNOMED CT concepts.</summary>
    public DiagnosisGroup(string name, IReadOnlyList<string> prefixes, IReadOnlyList<string> exceptPrefixes)
        : this(name, prefixes, exceptPrefixes, new HashSet<string>(StringComparer.Ordinal))
    {
    }

    /// <summary>A group of ICD-10-CM prefixes with no carve-outs.</summary>
    public DiagnosisGroup(string name, params string[] prefixes)
        : this(name, prefixes, [])
    {
    }

    /// <summary>Whether the ICD-10-CM code (any case, with or without dot, spaces around) is in the group.</summary>
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

    /// <summary>Whether the diagnosis is in the group, in its own code system.</summary>
    public bool Contains(Diagnosis diagnosis)
    {
        ArgumentNullException.ThrowIfNull(diagnosis);
        return diagnosis.IsSnomed ? SnomedConcepts.Contains(diagnosis.Code.Trim()) : Contains(diagnosis.Code);
    }

    /// <summary>The union of groups (a code in any of them), named by the first.</summary>
    public static DiagnosisGroup Union(string name, params DiagnosisGroup[] groups)
    {
        // Carve-outs stay sound only when no other group brings the carved codes back; the groups
        // unioned here do not overlap, so the carve-outs of each are kept as they are.
        ArgumentNullException.ThrowIfNull(groups);
        return new DiagnosisGroup(
            name,
            [.. groups.SelectMany(g => g.Prefixes)],
            [.. groups.SelectMany(g => g.ExceptPrefixes)],
            groups.SelectMany(g => g.SnomedConcepts).ToHashSet(StringComparer.Ordinal));
    }
}
