using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Spc;

namespace QiPipeline.Metrics.Measures;

/// <summary>The telehealth share as the catalog lists it.</summary>
public sealed partial class BhTelehealthShare
{
    /// <summary>The measure id.</summary>
    internal const string Id = "bh_telehealth_share";

    /// <summary>The measure; it has no parameters.</summary>
    public static IReadOnlyList<MeasureDefinition> Definitions { get; } =
    [
        new(Id, "BH telehealth share", "Completed behavioral-health, care-management and psychiatric-consult contacts held by video or phone.", MeasureKind.Proportion, ImprovementDirection.Increase,
            "No public measure; the telehealth share of BH contacts that collaborative-care programs and health plans track", []),
    ];
}
