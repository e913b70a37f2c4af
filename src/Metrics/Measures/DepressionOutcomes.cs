using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// Measurement-based care outcomes: <c>phq9_followup_6m</c>, <c>depression_response_6m</c>,
/// <c>depression_remission_6m</c>, <c>depression_remission_12m</c> (adapting NQF 1884, HEDIS DRR-E
/// and CMS159) and <c>phq9_utilization</c> (NQF 0712 / HEDIS DMS-E, see <see cref="Phq9Utilization"/>).
/// Unlike the public measures, PHQ-9 and PHQ-A are one scale, the unit is the index event itself in
/// its own month rather than a measurement-period cohort, and hospice and palliative care do not
/// exclude (the extract does not hold them).
/// <list type="bullet">
/// <item>Index event (unit, in the month of d): a score of <c>instruments</c> (PHQ-9, PHQ-A) &gt;=
/// <c>indexThreshold</c> (10) dated d, age &gt;= <c>minAge</c> (12) at d, a depression diagnosis
/// (<see cref="DiagnosisGroups.Depression"/>) dated in [d - <c>diagnosisLookbackDays</c> (365), d]
/// unless <c>requireDiagnosis</c> is false; found in date order, and an index event only when no
/// index event is dated in [d - <c>episodeDays</c> (365), d - 1] (see <see cref="BaselineEvents"/>).
/// The index screening is the highest score dated d (ties: lowest screening id); it gives the clinic,
/// unit id and index score. Denominator: every index event that is not excluded.</item>
/// <item>Window: [d + <c>targetMonths</c> - <c>windowDays</c>, d + <c>targetMonths</c> +
/// <c>windowDays</c>], months added as <see cref="DateOnly.AddMonths"/> does; <c>targetMonths</c> is
/// 6, or 12 for <c>depression_remission_12m</c>; <c>windowDays</c> is 60.</item>
/// <item>Follow-up score: the one with the latest date in the window (ties: the lowest score).</item>
/// <item>Exclusion: a bipolar, psychotic, pervasive developmental or emotionally unstable personality
/// (F60.3, as CMS159; not the rest of F60) diagnosis (<see cref="Exclusions"/>) or a death date, on
/// or before the window end.</item>
/// <item>Numerators: <c>phq9_followup_6m</c> any score in the window; <c>depression_response_6m</c>
/// follow-up &lt;= <c>responsePercent</c> (50) % of the index score; remission: follow-up &lt;
/// <c>remissionBelow</c> (5). No score in the window fails.</item>
/// <item>Pending while as-of &lt; window end: for <c>phq9_followup_6m</c> only when not met; for
/// response and remission even when met, since a later score may replace the follow-up score.</item>
/// </list>
/// </summary>
public sealed partial class DepressionOutcomes : MeasureGroup
{
    /// <summary>Reads the measures' parameters.</summary>
    public DepressionOutcomes(MeasureContext context)
        : base(Measures(context))
    {
    }

    /// <summary>The diagnoses that exclude a depression outcome unit: bipolar, psychotic, pervasive developmental, emotionally unstable personality (F60.3).</summary>
    internal static DiagnosisGroup Exclusions { get; } = DiagnosisGroup.Union(
        "depression outcome exclusions",
        DiagnosisGroups.Bipolar,
        DiagnosisGroups.Psychotic,
        DiagnosisGroups.PervasiveDevelopmental,
        DiagnosisGroups.EmotionallyUnstablePersonality);

    private static ISingleMeasure[] Measures(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return
        [
            Outcome(context, "phq9_followup_6m", BaselineOutcomeKind.AnyScore),
            Response(context),
            Outcome(context, "depression_remission_6m", BaselineOutcomeKind.Remission),
            Outcome(context, "depression_remission_12m", BaselineOutcomeKind.Remission),
            new Phq9Utilization(context),
        ];
    }

    /// <summary><c>depression_response_6m</c> alone (its index events and response rule serve the stepped-care prompt).</summary>
    internal static BaselineOutcome Response(MeasureContext context) =>
        Outcome(context, "depression_response_6m", BaselineOutcomeKind.Response);

    private static BaselineOutcome Outcome(MeasureContext context, string id, BaselineOutcomeKind kind) =>
        new(context, id, kind, DiagnosisGroups.Depression, Exclusions);
}
