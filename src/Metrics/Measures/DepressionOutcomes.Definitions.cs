using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Spc;
using static QiPipeline.Metrics.Catalog.ParameterDefinition;

namespace QiPipeline.Metrics.Measures;

/// <summary>The depression outcome measures as the catalog lists them.</summary>
public sealed partial class DepressionOutcomes
{
    /// <summary>The five measures with their parameters and defaults.</summary>
    public static IReadOnlyList<MeasureDefinition> Definitions { get; } =
    [
        Outcome("phq9_followup_6m", "PHQ-9 follow-up at 6 months", "Patients with depression and an index PHQ-9 or PHQ-A of 10 or more who had a follow-up score in the 6-month window.", "NQF 1884 / CMS159 (the follow-up PHQ-9 they require)", 6, []),
        Outcome("depression_response_6m", "Depression response, 6 months", "Patients with depression and an index PHQ-9 or PHQ-A of 10 or more whose follow-up score at 6 months is at most half the index score.", "NQF 1884 (Depression Response at Six Months) and HEDIS DRR-E (response)", 6,
            [Integer("responsePercent", 50, "The follow-up score is a response when it is at most this percentage of the index score.")]),
        Outcome("depression_remission_6m", "Depression remission, 6 months", "Patients with depression and an index PHQ-9 or PHQ-A of 10 or more whose follow-up score at 6 months is below 5.", "CMS159 / NQF 0710 (remission) and HEDIS DRR-E (remission), at six months", 6,
            [Integer("remissionBelow", 5, "A follow-up score below this is a remission.")]),
        Outcome("depression_remission_12m", "Depression remission, 12 months", "Patients with depression and an index PHQ-9 or PHQ-A of 10 or more whose follow-up score at 12 months is below 5.", "CMS159 / NQF 0710 (Depression Remission at Twelve Months)", 12,
            [Integer("remissionBelow", 5, "A follow-up score below this is a remission.")]),
        new(Phq9Utilization.MeasureId, "PHQ-9 utilization", "Months of a depression episode with a PHQ-9 or PHQ-A score in the 4 months up to the month's end.", MeasureKind.Proportion, ImprovementDirection.Increase,
            "NQF 0712 / HEDIS DMS-E (Utilization of the PHQ-9 to Monitor Depression Symptoms), per month",
        [
            .. BaselineRule.Parameters(Instruments, withDiagnosis: true),
            Integer("measurementDays", 120, "A score in this many days up to the month's end (the month's end included) meets the month."),
        ]),
    ];

    // A property, not a field: the definitions above are initialised first.
    private static string[] Instruments => ["PHQ-9", "PHQ-A"];

    private static MeasureDefinition Outcome(string id, string name, string description, string adapts, int targetMonths, ParameterDefinition[] own) =>
        new(id, name, description, MeasureKind.Proportion, ImprovementDirection.Increase, adapts,
        [
            .. BaselineRule.Parameters(Instruments, withDiagnosis: true),
            Integer("targetMonths", targetMonths, "Months from the index score to the middle of the follow-up window."),
            Integer("windowDays", 60, "Days either side of the target date in which the follow-up score is taken."),
            .. own,
        ]);
}
