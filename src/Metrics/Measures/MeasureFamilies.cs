using QiPipeline.Metrics.Engine;

namespace QiPipeline.Metrics.Measures;

/// <summary>Creates the measure families, in report order (the order of <see cref="Catalog.MeasureCatalog.Measures"/>).</summary>
public static class MeasureFamilies
{
    /// <summary>Creates the families for one run; a bad parameter throws <see cref="ArgumentException"/> naming it.</summary>
    public static IReadOnlyList<IMeasureFamily> Create(MeasureContext context, EdClassification classification) =>
    [
        new ScreeningCoverage(context),
        new DepressionFollowUp(context),
        new ReferralEngagement(context),
        new BhVisitAttendance(context),
        new BhTelehealthShare(context),
        new DepressionOutcomes(context),
        new AnxietyOutcomes(context),
        new SteppedCare(context),
        new AntidepressantAdherence(context),
        new EdUse(context, classification),
        new EdBhFollowUp(context),
        new PatientExperience(context),
    ];
}
