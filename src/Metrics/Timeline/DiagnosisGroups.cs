namespace QiPipeline.Metrics.Timeline;

/// <summary>
/// The diagnosis groups of the measure definitions (docs/measures.md, "Diagnosis groups"): value sets
/// of ICD-10-CM prefixes and SNOMED CT concepts, read from the shipped table (<see cref="DiagnosisValueSets"/>).
/// </summary>
public static class DiagnosisGroups
{
    /// <summary>Depression: F32 (but not F32.81, F32.89), F33, F34.1 (dysthymia); CMS159's major depression and dysthymia concepts.</summary>
    public static DiagnosisGroup Depression { get; } = DiagnosisValueSets.Get("depression", "depression");

    /// <summary>Major depression (HEDIS AMM): depression without dysthymia (F34.1).</summary>
    public static DiagnosisGroup MajorDepression { get; } = DiagnosisValueSets.Get("major_depression", "major depression");

    /// <summary>Bipolar disorder: F31.</summary>
    public static DiagnosisGroup Bipolar { get; } = DiagnosisValueSets.Get("bipolar", "bipolar");

    /// <summary>Psychotic disorders: F20-F29.</summary>
    public static DiagnosisGroup Psychotic { get; } = DiagnosisValueSets.Get("psychotic", "psychotic");

    /// <summary>Pervasive developmental disorders: F84.</summary>
    public static DiagnosisGroup PervasiveDevelopmental { get; } = DiagnosisValueSets.Get("pervasive_developmental", "pervasive developmental");

    /// <summary>Emotionally unstable (borderline) personality disorder: F60.3.</summary>
    public static DiagnosisGroup EmotionallyUnstablePersonality { get; } =
        DiagnosisValueSets.Get("emotionally_unstable_personality", "emotionally unstable personality");

    /// <summary>Mental illness for the ED measures: any F code except substance use (F10-F19).</summary>
    public static DiagnosisGroup MentalIllness { get; } = DiagnosisValueSets.Get("mental_illness", "mental illness");

    /// <summary>Substance use for the ED measures: F10-F19.</summary>
    public static DiagnosisGroup SubstanceUse { get; } = DiagnosisValueSets.Get("substance_use", "substance use");

    /// <summary>Intentional self-harm and suicidal ideation: X71-X83, T14.91, R45.851.</summary>
    public static DiagnosisGroup SelfHarm { get; } = DiagnosisValueSets.Get("self_harm", "self-harm");
}
