using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Spc;
using static QiPipeline.Metrics.Catalog.ParameterDefinition;

namespace QiPipeline.Metrics.Measures;

/// <summary>The anxiety outcome measures as the catalog lists them.</summary>
public sealed partial class AnxietyOutcomes
{
    /// <summary>The two measures with their parameters and defaults.</summary>
    public static IReadOnlyList<MeasureDefinition> Definitions { get; } =
    [
        Outcome("gad7_response_6m", "GAD-7 response, 6 months", "Patients with an index GAD-7 of 10 or more whose follow-up score at 6 months is at most half the index score.",
            Integer("responsePercent", 50, "The follow-up score is a response when it is at most this percentage of the index score.")),
        Outcome("gad7_remission_6m", "GAD-7 remission, 6 months", "Patients with an index GAD-7 of 10 or more whose follow-up score at 6 months is below 5.",
            Integer("remissionBelow", 5, "A follow-up score below this is a remission.")),
    ];

    private static MeasureDefinition Outcome(string id, string name, string description, ParameterDefinition own) =>
        new(id, name, description, MeasureKind.Proportion, ImprovementDirection.Increase, "No public measure: the depression outcome rule (NQF 1884, CMS159) applied to the GAD-7",
        [
            .. BaselineRule.Parameters(["GAD-7"], withDiagnosis: false),
            Integer("targetMonths", 6, "Months from the index score to the middle of the follow-up window."),
            Integer("windowDays", 60, "Days either side of the target date in which the follow-up score is taken."),
            own,
        ]);
}
