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
        new(Id, "Depression follow-up", "Positive depression screens followed up within 30 days by a BH contact, a BH referral, an antidepressant fill or a negative same-day PHQ-9.", MeasureKind.Proportion, ImprovementDirection.Increase,
            "HEDIS DSF-E (follow-up on positive screen) and CMS2's follow-up plan",
            [
                TextList("instruments", ["PHQ-2", "PHQ-9", "PHQ-A", "EPDS"], "The depression screening instruments whose positive screens open a unit."),
                TextList("briefInstruments", ["PHQ-2"], "The brief instruments: a full-length screen the same day wins over them as the index."),
                TextList("followUpInstruments", ["PHQ-9", "PHQ-A"], "The full-length instruments that can close a brief positive screen."),
                IntegerMap("thresholds", new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["PHQ-2"] = 3, ["PHQ-9"] = 10, ["PHQ-A"] = 10, ["EPDS"] = 10 }, "The score at which each instrument is positive."),
                Integer("minAge", 12, "The minimum age at the screen."),
                Integer("windowDays", 30, "The days after the screen in which a follow-up counts."),
                TextList("exclusionDxPrefixes", ["F31"], "Diagnosis code prefixes that exclude the unit when dated on or before the screen."),
            ]),
    ];
}
