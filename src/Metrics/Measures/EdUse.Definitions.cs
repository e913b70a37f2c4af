using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Spc;

namespace QiPipeline.Metrics.Measures;

/// <summary>The ED measures as the catalog lists them.</summary>
public sealed partial class EdUse
{
    /// <summary>The three rates with their parameters and defaults.</summary>
    public static IReadOnlyList<MeasureDefinition> Definitions { get; } =
    [
        new(Visits, "ED visits", "Emergency department visits not leading to admission, per 1,000 attributed patients per year; lower is better.", MeasureKind.RatePerPatientMonth, ImprovementDirection.Decrease,
            "HEDIS EDU (Emergency Department Utilization), without risk adjustment, per attributed patient", []),
        new(Avoidable, "Avoidable ED visits", "Avoidable emergency department visits (NYU algorithm weights, Johnston et al. 2017) per 1,000 attributed patients per year; lower is better.", MeasureKind.RatePerPatientMonth, ImprovementDirection.Decrease,
            "The NYU ED algorithm (Billings et al. 2000) in its ICD-10 update (Johnston et al. 2017)", []),
        new(Bh, "Behavioral-health ED visits", "Emergency department visits with a mental illness or substance use primary diagnosis, or a self-harm diagnosis in any position, per 1,000 attributed patients per year; lower is better.", MeasureKind.RatePerPatientMonth, ImprovementDirection.Decrease,
            "No public measure; the ED diagnoses of HEDIS FUM / FUA used as a rate", []),
    ];
}
