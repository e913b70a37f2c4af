namespace QiPipeline.Metrics.Timeline;

/// <summary>The diagnosis groups of the measure definitions (docs/measures.md, "Diagnosis groups").</summary>
public static class DiagnosisGroups
{
    /// <summary>Depression: F32 (but not F32.81, F32.89), F33, F34.1 (dysthymia).</summary>
    public static DiagnosisGroup Depression { get; } = new("depression", ["F32", "F33", "F341"], ["F3281", "F3289"]);

    /// <summary>Major depression (HEDIS AMM): depression without dysthymia (F34.1).</summary>
    public static DiagnosisGroup MajorDepression { get; } = new("major depression", ["F32", "F33"], ["F3281", "F3289"]);

    /// <summary>Bipolar disorder: F31.</summary>
    public static DiagnosisGroup Bipolar { get; } = new("bipolar", "F31");

    /// <summary>Psychotic disorders: F20-F29.</summary>
    public static DiagnosisGroup Psychotic { get; } = new("psychotic", "F20", "F21", "F22", "F23", "F24", "F25", "F26", "F27", "F28", "F29");

    /// <summary>Pervasive developmental disorders: F84.</summary>
    public static DiagnosisGroup PervasiveDevelopmental { get; } = new("pervasive developmental", "F84");

    /// <summary>Emotionally unstable (borderline) personality disorder: F60.3.</summary>
    public static DiagnosisGroup EmotionallyUnstablePersonality { get; } = new("emotionally unstable personality", "F603");

    /// <summary>Mental illness for the ED measures: any F code except substance use (F10-F19).</summary>
    public static DiagnosisGroup MentalIllness { get; } = new("mental illness", ["F"], ["F10", "F11", "F12", "F13", "F14", "F15", "F16", "F17", "F18", "F19"]);

    /// <summary>Substance use for the ED measures: F10-F19.</summary>
    public static DiagnosisGroup SubstanceUse { get; } = new("substance use", "F10", "F11", "F12", "F13", "F14", "F15", "F16", "F17", "F18", "F19");

    /// <summary>Intentional self-harm and suicidal ideation: X71-X83, T14.91, R45.851.</summary>
    public static DiagnosisGroup SelfHarm { get; } = new("self-harm", [.. Enumerable.Range(71, 13).Select(n => $"X{n}"), "T1491", "R45851"], []);
}
