using QiPipeline.Metrics.Engine;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// Antidepressant medication management: <c>antidepressant_acute</c>,
/// <c>antidepressant_continuation</c>. Adapts HEDIS AMM and CMS128; unlike them there are no
/// hospice or enrolment rules, the clinic is the attributed one, and the unit is reported in the
/// month of its index fill.
/// <list type="bullet">
/// <item>Unit: the index prescription start date (IPSD) d, the month's first antidepressant fill
/// (same-day ties: lowest fill id) with no antidepressant fill in [d - <c>lookbackDays</c> (105),
/// d - 1]; age &gt;= <c>minAge</c> (18) at d; a major depression dx (depression other than F34.1)
/// dated in [d - <c>diagnosisDays</c>, d + <c>diagnosisDays</c>] (60). Clinic: the attributed clinic
/// for the month (no unit when unattributed). Unit id: the index fill's id. Denominator: every unit.</item>
/// <item>Numerator: at least <c>coveredDays</c> covered days in [d, d + <c>windowDays</c>]: 84 in
/// [d, d + 114] (acute, 115 days as AMM), 180 in [d, d + 231] (continuation, 232 days). Only fills
/// dated on or after d count; see <see cref="CoverageDays"/> for how fills cover days.</item>
/// <item>No exclusions. Pending while as-of &lt; window end and the numerator is not met.</item>
/// </list>
/// </summary>
public sealed partial class AntidepressantAdherence : MeasureGroup
{
    /// <summary>Reads the measures' parameters.</summary>
    public AntidepressantAdherence(MeasureContext context)
        : base(Measures(context))
    {
    }

    private static ISingleMeasure[] Measures(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return
        [
            new CoverageMeasure(context, "antidepressant_acute"),
            Continuation(context),
        ];
    }

    /// <summary><c>antidepressant_continuation</c> alone (its treatment episode bounds the action lists' coverage gaps).</summary>
    internal static CoverageMeasure Continuation(MeasureContext context) =>
        new(context, "antidepressant_continuation");
}
