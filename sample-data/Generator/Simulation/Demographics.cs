namespace QiPipeline.SampleData;

/// <summary>A US community-health-center population: age, sex, language, race, ethnicity, payer.</summary>
internal static class Demographics
{
    public const string English = "English";
    public const string Spanish = "Spanish";
    public const string Hispanic = "Hispanic or Latino";
    public const string NotHispanic = "Not Hispanic or Latino";

    private const string White = "White";
    private const string Black = "Black or African American";
    private const string Asian = "Asian";
    private const string Native = "American Indian or Alaska Native";
    private const string PacificIslander = "Native Hawaiian or Other Pacific Islander";
    private const string TwoOrMore = "Two or More Races";
    private const string OtherRace = "Other Race";

    /// <summary>Age at End, by band (inclusive bounds).</summary>
    public static readonly WeightedChoice<(int Min, int Max)> AgeAtEnd = new(
        ((0, 4), 0.07), ((5, 11), 0.09), ((12, 17), 0.09), ((18, 34), 0.22),
        ((35, 49), 0.19), ((50, 64), 0.19), ((65, 79), 0.11), ((80, 95), 0.04));

    public static readonly WeightedChoice<Sex> Sexes = new(
        (Sex.Female, 0.53), (Sex.Male, 0.458), (Sex.Other, 0.006), (Sex.Unknown, 0.006));

    /// <summary>English about 72%, Spanish 20%, other languages 8% ("Chinese, Mandarin" needs CSV quoting).</summary>
    public static readonly WeightedChoice<string> Languages = new(
        (English, 0.72), (Spanish, 0.20), ("Vietnamese", 0.015), ("Chinese, Mandarin", 0.012), ("Arabic", 0.01),
        ("Haitian Creole", 0.01), ("Russian", 0.008), ("Somali", 0.008), ("Portuguese", 0.008), ("Tagalog", 0.009));

    private static readonly WeightedChoice<string?> EnglishRace = new(
        (White, 0.55), (Black, 0.27), (Asian, 0.03), (Native, 0.015), (PacificIslander, 0.005),
        (TwoOrMore, 0.05), (OtherRace, 0.03), (null, 0.05));

    private static readonly WeightedChoice<string?> SpanishRace = new(
        (White, 0.45), (OtherRace, 0.28), (Black, 0.05), (Native, 0.02), (TwoOrMore, 0.06), (null, 0.14));

    private static readonly WeightedChoice<string?> EnglishEthnicity = new((Hispanic, 0.12), (NotHispanic, 0.84), (null, 0.04));
    private static readonly WeightedChoice<string?> SpanishEthnicity = new((Hispanic, 0.96), (NotHispanic, 0.02), (null, 0.02));

    private static readonly WeightedChoice<string> ChildPayer = new(("Medicaid", 0.55), ("Commercial", 0.38), ("Uninsured", 0.07));
    private static readonly WeightedChoice<string> AdultPayer = new(
        ("Medicaid", 0.38), ("Commercial", 0.37), ("Uninsured", 0.18), ("Medicare", 0.07));

    private static readonly WeightedChoice<string> SpanishAdultPayer = new(
        ("Medicaid", 0.40), ("Commercial", 0.27), ("Uninsured", 0.28), ("Medicare", 0.05));

    private static readonly WeightedChoice<string> SeniorPayer = new(
        ("Medicare", 0.88), ("Medicaid", 0.06), ("Commercial", 0.05), ("Uninsured", 0.01));

    public static string? Race(string language, Rng random) => language switch
    {
        English => EnglishRace.Pick(random),
        Spanish => SpanishRace.Pick(random),
        _ when random.Chance(0.1) => null,
        "Vietnamese" or "Chinese, Mandarin" or "Tagalog" => Asian,
        "Haitian Creole" or "Somali" => Black,
        _ => White,
    };

    public static string? Ethnicity(string language, Rng random) => language switch
    {
        English => EnglishEthnicity.Pick(random),
        Spanish => SpanishEthnicity.Pick(random),
        _ => random.Chance(0.95) ? NotHispanic : null,
    };

    public static string Payer(int age, string language, Rng random) => age switch
    {
        < 19 => ChildPayer.Pick(random),
        < 65 => language == Spanish ? SpanishAdultPayer.Pick(random) : AdultPayer.Pick(random),
        _ => SeniorPayer.Pick(random),
    };

    public static bool IsPublicOrUninsured(string payer) => payer is "Medicaid" or "Uninsured";
}
