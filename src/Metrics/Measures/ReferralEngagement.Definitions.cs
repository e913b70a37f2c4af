using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Spc;
using static QiPipeline.Metrics.Catalog.ParameterDefinition;

namespace QiPipeline.Metrics.Measures;

/// <summary>The referral measures as the catalog lists them.</summary>
public sealed partial class ReferralEngagement
{
    /// <summary>The two measures with their parameters and defaults.</summary>
    public static IReadOnlyList<MeasureDefinition> Definitions { get; } =
    [
        new(EngagementId, "Referral engagement", "Behavioral-health referrals where the patient had a BH contact within 30 days of the referral.", MeasureKind.Proportion, ImprovementDirection.Increase,
            "No public measure; the nearest is CMS50 (Closing the Referral Loop), which counts the specialist's report instead of the patient's first BH contact",
            [Integer("windowDays", 30, "The days after the referral in which a BH contact counts.")]),
        new(WarmHandoffId, "Warm handoff", "Behavioral-health referrals made as a warm handoff, or with a BH contact on the referral day.", MeasureKind.Proportion, ImprovementDirection.Increase,
            "No public measure; a collaborative-care process measure", []),
    ];
}
