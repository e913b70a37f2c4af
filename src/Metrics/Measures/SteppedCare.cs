using QiPipeline.Metrics.Engine;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// Stepped care in collaborative care: <c>psych_consult_nonimprovers</c>, a psychiatric consult by
/// week 12 for patients with depression not improving by week 8 (see <see cref="PsychConsultNonImprovers"/>).
/// </summary>
public sealed partial class SteppedCare : MeasureGroup
{
    /// <summary>Reads the measure's parameters.</summary>
    public SteppedCare(MeasureContext context)
        : base(Measures(context))
    {
    }

    private static ISingleMeasure[] Measures(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [new PsychConsultNonImprovers(context)];
    }
}
