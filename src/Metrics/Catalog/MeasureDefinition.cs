using QiPipeline.Metrics.Spc;

namespace QiPipeline.Metrics.Catalog;

/// <summary>
/// What people and configuration need to know of one measure without running it: its id (in the
/// CSV outputs and the configuration), the name a person reads, a one-sentence definition, what it
/// counts, which way is better, the public measure it adapts, and its parameters with defaults.
/// </summary>
/// <param name="Id">The measure id (kpis.csv, patients.csv, configuration keys).</param>
/// <param name="DisplayName">The name shown wherever a person reads (sheet names, chart titles, summaries); at most 31 characters, so it fits an Excel sheet name.</param>
/// <param name="Description">One plain-language sentence ending with a full stop.</param>
/// <param name="Kind">A proportion or a rate per patient-month.</param>
/// <param name="Direction">Which way the measure improves.</param>
/// <param name="Adapts">The public measure(s) it adapts, or a note that none exists.</param>
/// <param name="Parameters">Its parameters in the <c>measures</c> configuration section.</param>
public sealed record MeasureDefinition(
    string Id,
    string DisplayName,
    string Description,
    MeasureKind Kind,
    ImprovementDirection Direction,
    string Adapts,
    IReadOnlyList<ParameterDefinition> Parameters)
{
    /// <summary>Events per patient-month rather than a proportion.</summary>
    public bool IsRate => Kind == MeasureKind.RatePerPatientMonth;

    /// <summary>The measure's parameters as a configurable set.</summary>
    public ParameterSet ParameterSet => new(Id, Parameters);
}
