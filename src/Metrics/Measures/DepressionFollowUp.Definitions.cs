using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Spc;
using static QiPipeline.Metrics.Catalog.ParameterDefinition;

namespace QiPipeline.Metrics.Measures;

/// <summary>The follow-up measure as the catalog lists it.</summary>
public sealed partial class DepressionFollowUp
{
    /// <summary>The measure with its parameters and defaults.</summary>
    public static IReadOnlyList<MeasureDefinition> Definitions { get; } =
    [
        new(Id, "Depression follow-up", "Positive depression screens of patients not diagnosed with depression in the year before, followed up within 30 days by a BH contact, a BH referral, an antidepressant fill or, after a PHQ-2, a negative PHQ-9 the same day.", MeasureKind.Proportion, ImprovementDirection.Increase,
            "HEDIS DSF-E (follow-up on positive screen) and CMS2's follow-up plan",
            [
                TextList("instruments", ["PHQ-2", "PHQ-9", "PHQ-A", "EPDS"], "The depression screening instruments whose positive screens open a unit.", InstrumentNames),
                TextList("briefInstruments", ["PHQ-2"], "The brief instruments: a full-length screen the same day wins over them as the index.", InstrumentNames),
                TextList("followUpInstruments", ["PHQ-9", "PHQ-A"], "The full-length instruments whose negative screen on the same day closes a brief positive screen.", InstrumentNames),
                IntegerMap("thresholds", new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["PHQ-2"] = 3, ["PHQ-9"] = 10, ["PHQ-A"] = 10, ["EPDS"] = 10 }, "The score at which each instrument is positive.", InstrumentNames),
                Integer("minAge", 12, "The minimum age at the screen."),
                Integer("windowDays", 30, "The days after the screen in which a follow-up counts."),
                Integer("priorDiagnosisDays", 365, "A depression diagnosis dated in this many days before the screen (not on its day) excludes the unit; a bipolar diagnosis on or before it always does."),
            ]),
    ];
}
