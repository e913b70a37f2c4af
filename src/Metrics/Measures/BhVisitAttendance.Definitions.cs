using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Spc;

namespace QiPipeline.Metrics.Measures;

/// <summary>The attendance measure as the catalog lists it.</summary>
public sealed partial class BhVisitAttendance
{
    /// <summary>The measure id.</summary>
    internal const string Id = "bh_visit_attendance";

    /// <summary>The measure; it has no parameters.</summary>
    public static IReadOnlyList<MeasureDefinition> Definitions { get; } =
    [
        new(Id, "BH visit attendance", "Behavioral-health, care-management and psychiatric-consult visits completed rather than missed (cancelled visits are not counted).", MeasureKind.Proportion, ImprovementDirection.Increase,
            "No public measure; the complement of the no-show rate practices track", []),
    ];
}
