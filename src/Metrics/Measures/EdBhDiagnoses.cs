using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// Which ED visits are behavioral-health visits, for <c>bh_ed_visits</c> and the ED follow-up
/// measures. Self-harm (X71-X83, T14.91, R45.851) counts as the primary or any other diagnosis:
/// it is an external cause, coded beside the injury, so it is seldom primary.
/// </summary>
internal static class EdBhDiagnoses
{
    /// <summary><c>bh_ed_visits</c>: primary dx mental illness or substance use (any F code), or self-harm in any position.</summary>
    public static bool IsBhVisit(EdVisit visit) =>
        DiagnosisGroups.MentalIllness.Contains(visit.PrimaryDx)
        || DiagnosisGroups.SubstanceUse.Contains(visit.PrimaryDx)
        || IsSelfHarm(visit);

    /// <summary>HEDIS FUM: primary dx mental illness (not substance use), or self-harm in any position.</summary>
    public static bool IsMentalIllnessOrSelfHarm(EdVisit visit) =>
        DiagnosisGroups.MentalIllness.Contains(visit.PrimaryDx) || IsSelfHarm(visit);

    /// <summary>A self-harm code as the primary or any other diagnosis.</summary>
    public static bool IsSelfHarm(EdVisit visit) =>
        DiagnosisGroups.SelfHarm.Contains(visit.PrimaryDx) || visit.OtherDiagnoses.Any(DiagnosisGroups.SelfHarm.Contains);
}
