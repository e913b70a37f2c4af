using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Spc;

namespace QiPipeline.Metrics.Measures;

/// <summary>The patient experience measure as the catalog lists it.</summary>
public sealed partial class PatientExperience
{
    /// <summary>The measure id.</summary>
    internal const string Id = "satisfaction_top_box";

    /// <summary>The measure; it has no parameters.</summary>
    public static IReadOnlyList<MeasureDefinition> Definitions { get; } =
    [
        new(Id, "Patient satisfaction (top box)", "Surveys in the month answered with the best possible score.", MeasureKind.Proportion, ImprovementDirection.Increase,
            "CAHPS Clinician & Group top-box scoring, applied to one overall rating", []),
    ];
}
