namespace QiPipeline.Metrics.Measures;

/// <summary>
/// The NYU ED algorithm's categories of one ED visit (Johnston et al. 2017 for ICD-10-CM): the
/// probability that a visit with that primary diagnosis falls in each, or their sums over visits.
/// </summary>
/// <param name="Edcnnpa">Emergent, ED care needed, not preventable or avoidable.</param>
/// <param name="Edcnpa">Emergent, ED care needed, preventable or avoidable.</param>
/// <param name="Epct">Emergent, primary care treatable.</param>
/// <param name="Noner">Non-emergent.</param>
/// <param name="Injury">Injury.</param>
/// <param name="Psych">Mental health.</param>
/// <param name="Alcohol">Alcohol.</param>
/// <param name="Drug">Drug.</param>
public readonly record struct EdWeights(
    double Edcnnpa, double Edcnpa, double Epct, double Noner, double Injury, double Psych, double Alcohol, double Drug)
{
    /// <summary>The avoidable weight of <c>avoidable_ed_visits</c>: <c>noner + epct + edcnpa</c>.</summary>
    public double Avoidable => Noner + Epct + Edcnpa;

    /// <summary>Category by category, the sum of two weights (sums over visits).</summary>
    public static EdWeights operator +(EdWeights left, EdWeights right) => new(
        left.Edcnnpa + right.Edcnnpa, left.Edcnpa + right.Edcnpa, left.Epct + right.Epct, left.Noner + right.Noner,
        left.Injury + right.Injury, left.Psych + right.Psych, left.Alcohol + right.Alcohol, left.Drug + right.Drug);

    /// <summary>Category by category, the sum of two weights.</summary>
    public static EdWeights Add(EdWeights left, EdWeights right) => left + right;
}
