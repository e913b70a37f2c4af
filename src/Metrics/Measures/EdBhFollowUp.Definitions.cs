using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Spc;
using static QiPipeline.Metrics.Catalog.ParameterDefinition;

namespace QiPipeline.Metrics.Measures;

/// <summary>The ED follow-up measures as the catalog lists them.</summary>
public sealed partial class EdBhFollowUp
{
    private const string SevenDays = "ed_bh_followup_7d";
    private const string ThirtyDays = "ed_bh_followup_30d";

    /// <summary>The two measures with their parameters and defaults.</summary>
    public static IReadOnlyList<MeasureDefinition> Definitions { get; } =
    [
        Rate(SevenDays, "ED BH follow-up, 7 days", "ED visits for mental illness or self-harm, not leading to admission, followed by a BH contact within 7 days.", "HEDIS FUM (Follow-Up After Emergency Department Visit for Mental Illness), 7-day rate", 7),
        Rate(ThirtyDays, "ED BH follow-up, 30 days", "ED visits for mental illness or self-harm, not leading to admission, followed by a BH contact within 30 days.", "HEDIS FUM (Follow-Up After Emergency Department Visit for Mental Illness), 30-day rate", 30),
    ];

    private static MeasureDefinition Rate(string id, string name, string description, string adapts, int windowDays) =>
        new(id, name, description, MeasureKind.Proportion, ImprovementDirection.Increase, adapts,
        [
            Integer("minAge", 6, "The minimum age at the ED visit."),
            Integer("windowDays", windowDays, "The days after the ED visit in which a BH contact counts (the visit's day included)."),
            Integer("stretchDays", 30, "An ED visit this many days or fewer after an earlier unit is not a unit (only the first visit of a 31-day stretch counts)."),
            Integer("deathDays", 30, "A death dated from the visit to this many days after it excludes the unit."),
        ]);
}
