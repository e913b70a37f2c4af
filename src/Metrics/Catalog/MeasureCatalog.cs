using QiPipeline.Metrics.Actions;
using QiPipeline.Metrics.Measures;

namespace QiPipeline.Metrics.Catalog;

/// <summary>
/// Every measure the pipeline computes, in report order, as each family declares it (its
/// <c>Definitions</c>), and every id the <c>measures</c> configuration section accepts. Targets,
/// the Definitions sheet, the docs check and the configuration read this, never a built measure.
/// </summary>
public static class MeasureCatalog
{
    private static readonly Dictionary<string, MeasureDefinition> ById;
    private static readonly Dictionary<string, ParameterSet> SetsById;

    static MeasureCatalog()
    {
        Measures =
        [
            .. ScreeningCoverage.Definitions,
            .. DepressionFollowUp.Definitions,
            .. ReferralEngagement.Definitions,
            .. BhVisitAttendance.Definitions,
            .. BhTelehealthShare.Definitions,
            .. DepressionOutcomes.Definitions,
            .. AnxietyOutcomes.Definitions,
            .. SteppedCare.Definitions,
            .. AntidepressantAdherence.Definitions,
            .. EdUse.Definitions,
            .. EdBhFollowUp.Definitions,
            .. PatientExperience.Definitions,
        ];
        ParameterSets = [.. Measures.Select(m => m.ParameterSet), ActionListSettings.Parameters, CocmBilling.Parameters];
        ById = Measures.ToDictionary(m => m.Id, StringComparer.Ordinal);
        SetsById = ParameterSets.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>Every measure, in report order.</summary>
    public static IReadOnlyList<MeasureDefinition> Measures { get; }

    /// <summary>Every id of the <c>measures</c> section with its parameters: the measures, then <c>action_lists</c> and <c>cocm_billing</c>.</summary>
    public static IReadOnlyList<ParameterSet> ParameterSets { get; }

    /// <summary>The measure of an id, or null.</summary>
    public static MeasureDefinition? Find(string measureId) => ById.GetValueOrDefault(measureId);

    /// <summary>The measure of an id; an unknown id is a programming error.</summary>
    public static MeasureDefinition Get(string measureId) =>
        ById.TryGetValue(measureId, out var definition) ? definition : throw new ArgumentException($"'{measureId}' is not a measure id", nameof(measureId));

    /// <summary>The parameters of an id of the <c>measures</c> section, or null when the id is unknown.</summary>
    public static ParameterSet? FindParameters(string id) => SetsById.GetValueOrDefault(id);
}
