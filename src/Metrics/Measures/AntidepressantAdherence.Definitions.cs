using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Spc;
using static QiPipeline.Metrics.Catalog.ParameterDefinition;

namespace QiPipeline.Metrics.Measures;

/// <summary>The adherence measures as the catalog lists them.</summary>
public sealed partial class AntidepressantAdherence
{
    /// <summary>The two measures with their parameters and defaults.</summary>
    public static IReadOnlyList<MeasureDefinition> Definitions { get; } =
    [
        Phase("antidepressant_acute", "Antidepressant acute phase", "New antidepressant courses of adults with major depression with at least 84 covered days in the first 115 days (12 weeks).", "HEDIS AMM (Effective Acute Phase Treatment) and CMS128", 114, 84),
        Phase("antidepressant_continuation", "Antidepressant continuation", "New antidepressant courses of adults with major depression with at least 180 covered days in the first 232 days (6 months).", "HEDIS AMM (Effective Continuation Phase Treatment) and CMS128", 231, 180),
    ];

    private static MeasureDefinition Phase(string id, string name, string description, string adapts, int windowDays, int coveredDays) =>
        new(id, name, description, MeasureKind.Proportion, ImprovementDirection.Increase, adapts,
        [
            Integer("lookbackDays", 105, "Days before a fill without an antidepressant fill that make it a new course (the negative medication history)."),
            Integer("minAge", 18, "The minimum age at the index fill."),
            Integer("windowDays", windowDays, "The window is the index date through this many days after it."),
            Integer("coveredDays", coveredDays, "The covered days in the window that meet the numerator."),
            Integer("diagnosisDays", 60, "A major depression diagnosis (depression other than dysthymia) must be dated within this many days before or after the index fill."),
        ]);
}
