using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Spc;
using static QiPipeline.Metrics.Catalog.ParameterDefinition;

namespace QiPipeline.Metrics.Measures;

/// <summary>The stepped-care measure as the catalog lists it.</summary>
public sealed partial class SteppedCare
{
    /// <summary>The measure with its parameters and defaults.</summary>
    public static IReadOnlyList<MeasureDefinition> Definitions { get; } =
    [
        new(PsychConsultNonImprovers.MeasureId, "Psych consult, non-improvers", "Patients with depression not improving 8 weeks after an index PHQ-9 or PHQ-A of 10 or more who had a psychiatric consult by week 12.",
            MeasureKind.Proportion, ImprovementDirection.Increase,
            "Bao et al. 2015 (collaborative-care fidelity: psychiatric consultation by week 12 for patients not improving by week 8)",
        [
            .. BaselineRule.Parameters(["PHQ-9", "PHQ-A"], withDiagnosis: true),
            Integer("improvementDays", 56, "Days after the index score (from the next day) in which a score can show improvement (8 weeks)."),
            Integer("improvedBelow", 10, "A score below this in those days is an improvement."),
            Integer("responsePercent", 50, "A score at most this percentage of the index score in those days is an improvement."),
            Integer("consultDays", 84, "Days after the index score (from the next day) by which the psychiatric consult counts (12 weeks)."),
        ]),
    ];
}
