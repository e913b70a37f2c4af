using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// Anxiety outcomes with the GAD-7: <c>gad7_response_6m</c>, <c>gad7_remission_6m</c>. No public
/// measure exists; they apply the depression outcomes' rule (<see cref="DepressionOutcomes"/>) to the
/// GAD-7, without a diagnosis requirement.
/// <list type="bullet">
/// <item>Index event (unit, in the month of d): a score of <c>instruments</c> (GAD-7) &gt;=
/// <c>indexThreshold</c> (10) dated d, age &gt;= <c>minAge</c> (12) at d, no index event dated in
/// [d - <c>episodeDays</c> (365), d - 1]. The index screening is the highest score dated d (ties:
/// lowest screening id); it gives the clinic, unit id and index score.</item>
/// <item>Window: [d + <c>targetMonths</c> (6) months - <c>windowDays</c> (60), d + 6 months + 60];
/// the follow-up score is the one with the latest date in it (ties: the lowest score).</item>
/// <item>Exclusion: a bipolar or psychotic diagnosis (<see cref="Exclusions"/>) or a death date, on or
/// before the window end.</item>
/// <item>Numerators: response, follow-up &lt;= <c>responsePercent</c> (50) % of the index score;
/// remission, follow-up &lt; <c>remissionBelow</c> (5). No score in the window fails. Pending while
/// as-of &lt; window end, even when met (a later score may replace the follow-up score).</item>
/// </list>
/// </summary>
public sealed partial class AnxietyOutcomes : MeasureGroup
{
    /// <summary>Reads the measures' parameters.</summary>
    public AnxietyOutcomes(MeasureContext context)
        : base(Measures(context))
    {
    }

    /// <summary>The diagnoses that exclude an anxiety outcome unit: bipolar, psychotic.</summary>
    internal static DiagnosisGroup Exclusions { get; } = DiagnosisGroup.Union("anxiety outcome exclusions", DiagnosisGroups.Bipolar, DiagnosisGroups.Psychotic);

    private static ISingleMeasure[] Measures(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return
        [
            new BaselineOutcome(context, "gad7_response_6m", BaselineOutcomeKind.Response, diagnosis: null, Exclusions),
            new BaselineOutcome(context, "gad7_remission_6m", BaselineOutcomeKind.Remission, diagnosis: null, Exclusions),
        ];
    }
}
