using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Spc;
using static QiPipeline.Metrics.Catalog.ParameterDefinition;

namespace QiPipeline.Metrics.Measures;

/// <summary>The screening measures as the catalog lists them.</summary>
public sealed partial class ScreeningCoverage
{
    private const string Adapts = "CMS2 (Preventive Care and Screening: Screening for Depression and Follow-Up Plan) and HEDIS DSF-E, as a monthly view of screening in the past year";

    /// <summary>The four screening measures with their parameters and defaults.</summary>
    public static IReadOnlyList<MeasureDefinition> Definitions { get; } =
    [
        Screening("depression_screening", "Depression screening", "Patients 12 and over with a primary care visit in the month who had a PHQ-2, PHQ-9, PHQ-A or EPDS in the year up to the visit; patients already diagnosed with depression or bipolar disorder before the visit are excluded.", ["PHQ-2", "PHQ-9", "PHQ-A", "EPDS"], 12, Adapts),
        Screening("anxiety_screening", "Anxiety screening", "Patients 12 and over with a primary care visit in the month who had a GAD-2 or GAD-7 in the year up to the visit.", ["GAD-2", "GAD-7"], 12, "No public measure; the depression screening rule applied to anxiety instruments"),
        Screening("substance_use_screening", "Substance use screening", "Patients 12 and over with a primary care visit in the month who had an AUDIT-C, AUDIT, DAST-10, single alcohol or drug question, or CRAFFT in the year up to the visit.", ["AUDIT-C", "AUDIT", "DAST-10", "SINGLE-ALCOHOL", "SINGLE-DRUG", "CRAFFT"], 12, "HEDIS ASF-E (unhealthy alcohol use screening), widened to drug use instruments"),
        Screening("sdoh_screening", "Social needs screening", "Adults with a primary care visit in the month who had a social-needs screen (AHC-HRSN or PRAPARE) in the year up to the visit.", ["AHC-HRSN", "PRAPARE"], 18, "CMS Screening for Social Drivers of Health (SDOH-1), as a monthly view"),
    ];

    private static MeasureDefinition Screening(string id, string name, string description, string[] instruments, int minAge, string adapts) =>
        new(id, name, description, MeasureKind.Proportion, ImprovementDirection.Increase, adapts,
        [
            TextList("instruments", instruments, "The instruments whose screens count.", InstrumentNames),
            Integer("minAge", minAge, "The minimum age at the month's first visit."),
            Integer("lookbackDays", 365, "How many days before a visit a screen counts (14 reproduces CMS2's window)."),
        ]);
}
