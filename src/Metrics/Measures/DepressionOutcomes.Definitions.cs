using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Spc;
using static QiPipeline.Metrics.Catalog.ParameterDefinition;

namespace QiPipeline.Metrics.Measures;

/// <summary>The depression outcome measures as the catalog lists them.</summary>
public sealed partial class DepressionOutcomes
{
    /// <summary>The four measures with their parameters and defaults.</summary>
    public static IReadOnlyList<MeasureDefinition> Definitions { get; } =
    [
        Outcome("phq9_followup_6m", "PHQ-9 follow-up at 6 months", "Patients with an index PHQ-9 or PHQ-A of 10 or more who had a follow-up score in the 6-month window.", "NQF 1884 / CMS159 (the follow-up PHQ-9 they require)", 6, []),
        Outcome("depression_response_6m", "Depression response, 6 months", "Patients with an index PHQ-9 or PHQ-A of 10 or more whose follow-up score at 6 months is at most half the index score.", "NQF 1884 (Depression Response at Six Months) and HEDIS DRR-E (response)", 6,
            [Integer("responsePercent", 50, "The follow-up score is a response when it is at most this percentage of the index score.")]),
        Outcome("depression_remission_6m", "Depression remission, 6 months", "Patients with an index PHQ-9 or PHQ-A of 10 or more whose follow-up score at 6 months is below 5.", "CMS159 / NQF 0710 (remission) and HEDIS DRR-E (remission), at six months", 6,
            [Integer("remissionBelow", 5, "A follow-up score below this is a remission.")]),
        Outcome("depression_remission_12m", "Depression remission, 12 months", "Patients with an index PHQ-9 or PHQ-A of 10 or more whose follow-up score at 12 months is below 5.", "CMS159 / NQF 0710 (Depression Remission at Twelve Months)", 12,
            [Integer("remissionBelow", 5, "A follow-up score below this is a remission.")]),
    ];

    private static MeasureDefinition Outcome(string id, string name, string description, string adapts, int targetMonths, ParameterDefinition[] own) =>
        new(id, name, description, MeasureKind.Proportion, ImprovementDirection.Increase, adapts,
        [
            TextList("instruments", ["PHQ-9", "PHQ-A"], "The scored instruments (one scale)."),
            Integer("minAge", 12, "The minimum age at the index score."),
            Integer("indexThreshold", 10, "The score at or above which a score can open an episode."),
            Integer("lookbackDays", 365, "How long an index event blocks the next one."),
            Integer("targetMonths", targetMonths, "Months from the index score to the middle of the follow-up window."),
            Integer("windowDays", 60, "Days either side of the target date in which the follow-up score is taken."),
            TextList("exclusionDxPrefixes", ["F31", "F60", "F20", "F21", "F22", "F23", "F24", "F25", "F26", "F27", "F28", "F29", "F84"], "Diagnosis code prefixes that exclude the unit when dated on or before the window end."),
            .. own,
        ]);
}
