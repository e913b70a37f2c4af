namespace QiPipeline.SampleData;

/// <summary>ICD-10-CM codes (with the dot) and drugs the histories use.</summary>
internal static class ClinicalCodes
{
    public const string Bipolar = "F31.81";
    public const string Schizophrenia = "F20.9";
    public const string GeneralizedAnxiety = "F41.1";
    public const string AlcoholAbuse = "F10.10";

    /// <summary>Avoidable ED diagnoses: common primary-care-treatable complaints (colds, UTIs, back pain, earaches).</summary>
    public static readonly WeightedChoice<string> AvoidableEdDx = new(
        ("J06.9", 0.25), ("N39.0", 0.12), ("R51", 0.08), ("M54.5", 0.1), ("J45.909", 0.08), ("H66.90", 0.1),
        ("J02.9", 0.08), ("A09", 0.05), ("R50.9", 0.05), ("J20.9", 0.07), ("H10.9", 0.02));

    /// <summary>Non-avoidable, non-BH ED diagnoses: injuries, chest pain, MI, appendicitis.</summary>
    public static readonly WeightedChoice<string> OtherEdDx = new(
        ("R07.9", 0.25), ("R10.9", 0.2), ("S52.501A", 0.12), ("S93.401A", 0.12), ("S06.0X0A", 0.1),
        ("K35.80", 0.08), ("I21.4", 0.06), ("N20.0", 0.07));

    /// <summary>
    /// Behavioral-health ED primary diagnoses: F codes, R45.851 (suicidal ideation), T14.91XA
    /// (suicide attempt) rarely, and a hand laceration whose self-harm cause (X78.9XXA) is only
    /// in other_dx, as an external-cause code never stands first.
    /// </summary>
    public static readonly WeightedChoice<string> BehavioralHealthEdDx = new(
        ("F32.9", 0.36), ("F33.1", 0.06), ("F41.9", 0.18), ("R45.851", 0.12), ("F10.129", 0.12), ("T14.91XA", 0.03),
        ("F43.10", 0.05), (SelfHarmInjury, 0.05), ("F20.9", 0.03));

    /// <summary>Laceration of the left hand without foreign body, initial encounter.</summary>
    public const string SelfHarmInjury = "S61.412A";

    /// <summary>Intentional self-harm by an unspecified sharp object, initial encounter.</summary>
    public const string SelfHarmSharpObject = "X78.9XXA";

    public const string SuicidalIdeation = "R45.851";

    /// <summary>An unspecified fall, initial encounter (the external cause of an injury visit).</summary>
    public const string Fall = "W19.XXXA";

    /// <summary>
    /// The further codes (other_dx, ';'-separated) of a BH ED visit with this primary code: the
    /// self-harm cause of an injury, suicidal ideation beside a mood or stress disorder, the
    /// depression behind a suicide attempt (written with a space after ';', as some EHRs do).
    /// </summary>
    public static string? BehavioralHealthEdOtherDx(string primary, Rng random) => primary switch
    {
        SelfHarmInjury => random.Chance(0.3) ? SelfHarmSharpObject + ";" + SuicidalIdeation : SelfHarmSharpObject,
        "T14.91XA" => random.Chance(0.5) ? "F32.9; " + SuicidalIdeation : null,
        SuicidalIdeation => random.Chance(0.5) ? "F32.9" : null,
        "F32.9" or "F33.1" or "F43.10" => random.Chance(0.25) ? SuicidalIdeation : null,
        _ => null,
    };

    public static readonly IReadOnlyList<string> Antidepressants =
    [
        "sertraline 50 mg tablet", "escitalopram 10 mg tablet", "fluoxetine 20 mg capsule", "citalopram 20 mg tablet",
        "bupropion XL 150 mg tablet", "venlafaxine ER 75 mg capsule", "mirtazapine 15 mg tablet", "duloxetine 30 mg capsule",
    ];

    /// <summary>Chronic conditions: dx code, drug and class of its maintenance fills (null when none), prevalence by age.</summary>
    public static readonly IReadOnlyList<ChronicCondition> ChronicConditions =
    [
        new("I10", "lisinopril 20 mg tablet", "antihypertensive", age => age switch { < 30 => 0.02, < 45 => 0.12, < 65 => 0.35, _ => 0.6 }),
        new("E78.5", "atorvastatin 20 mg tablet", "statin", age => age switch { < 30 => 0.01, < 45 => 0.08, < 65 => 0.28, _ => 0.45 }),
        new("E11.9", "metformin 500 mg tablet", "antidiabetic", age => age switch { < 30 => 0.01, < 45 => 0.06, < 65 => 0.15, _ => 0.22 }),
        new("J45.909", "albuterol HFA 90 mcg inhaler", "bronchodilator", _ => 0.08),
        new("E66.9", null, null, age => age < 18 ? 0.12 : 0.3),
    ];
}
