using QiPipeline.Metrics.Engine;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// Follow-up after an ED visit for mental illness or self-harm: <c>ed_bh_followup_7d</c>,
/// <c>ed_bh_followup_30d</c>. Adapts HEDIS FUM; unlike FUM the denominator is primary-care
/// attribution, not plan enrolment, each visit is reported in its own month rather than in a
/// measurement year, any completed BH contact is a follow-up (FUM lists visit types and
/// settings), and only death, not hospice, excludes.
/// <list type="bullet">
/// <item>Unit: an ED visit v with admitted = false dated in M whose primary dx is mental illness (any
/// F code but F10-F19) or whose primary or other dx is self-harm; age &gt;= <c>minAge</c> (6) at v; the
/// patient attributed to a clinic for M (that clinic; unattributed: no unit). In (date, id) order, a
/// visit is not a unit when an earlier unit (excluded ones too, in any month) is dated in
/// [v - <c>stretchDays</c> (30), v]: only the first visit of a 31-day stretch counts, as in FUM.
/// Unit id: the ED visit id.</item>
/// <item>Exclusion: death dated in [v, v + <c>deathDays</c> (30)].</item>
/// <item>Numerator: a BH contact, at any clinic, dated in [v, v + <c>windowDays</c>] (7; 30).</item>
/// <item>Pending while as-of &lt; v + <c>windowDays</c> and the numerator is not met.</item>
/// </list>
/// </summary>
public sealed partial class EdBhFollowUp : MeasureGroup
{
    /// <summary>Reads the measures' parameters.</summary>
    public EdBhFollowUp(MeasureContext context)
        : base(Measures(context))
    {
    }

    private static ISingleMeasure[] Measures(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [new EdFollowUpMeasure(context, SevenDays), new EdFollowUpMeasure(context, ThirtyDays)];
    }
}
