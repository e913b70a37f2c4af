using QiPipeline.Metrics.Engine;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// Measurement-based care outcomes: <c>phq9_followup_6m</c>, <c>depression_response_6m</c>,
/// <c>depression_remission_6m</c>, <c>depression_remission_12m</c>. Adapts NQF 1884 (response),
/// HEDIS DRR-E and CMS159 (remission); unlike them, the index event needs no depression or
/// dysthymia diagnosis, PHQ-9 and PHQ-A are one scale, and the unit is the index event itself in
/// its own month rather than a measurement-period cohort.
/// <list type="bullet">
/// <item>Index event (unit, in the month of d): a score of <c>instruments</c> (PHQ-9, PHQ-A) &gt;=
/// <c>indexThreshold</c> (10) dated d, age &gt;= <c>minAge</c> (12) at d, no score &gt;= the threshold
/// in [d - <c>lookbackDays</c> (365), d - 1]; at most one per month. The index screening is the
/// highest score dated d (ties: lowest screening id); it gives the clinic and unit id. Denominator:
/// every index event that is not excluded.</item>
/// <item>Window: [d + <c>targetMonths</c> - <c>windowDays</c>, d + <c>targetMonths</c> +
/// <c>windowDays</c>], months added as <see cref="DateOnly.AddMonths"/> does; <c>targetMonths</c> is
/// 6, or 12 for <c>depression_remission_12m</c>; <c>windowDays</c> is 60.</item>
/// <item>Follow-up score: the one with the latest date in the window (ties: the lowest score).</item>
/// <item>Exclusion: a dx with one of <c>exclusionDxPrefixes</c> (F31, F60, F20-F29, F84) or a death
/// date, on or before the window end.</item>
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

    private static ISingleMeasure[] Measures(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return
        [
            new BaselineOutcome(context, "phq9_followup_6m", BaselineOutcomeKind.AnyScore),
            Response(context),
            new BaselineOutcome(context, "depression_remission_6m", BaselineOutcomeKind.Remission),
            new BaselineOutcome(context, "depression_remission_12m", BaselineOutcomeKind.Remission),
        ];
    }

    /// <summary><c>depression_response_6m</c> alone (its index events and response rule serve the stepped-care prompt).</summary>
    internal static BaselineOutcome Response(MeasureContext context) =>
        new(context, "depression_response_6m", BaselineOutcomeKind.Response);
}
