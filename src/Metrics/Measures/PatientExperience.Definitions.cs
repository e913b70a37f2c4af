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
        new(Id, "Patient satisfaction (top box)", "Surveys in the month answered in the top box: 9 or 10 on a 0-10 rating, the best possible score on any other scale.", MeasureKind.Proportion, ImprovementDirection.Increase,
            "CAHPS Clinician & Group top-box scoring (9-10 on a 0-10 rating), applied to one overall rating", []),
    ];
}
