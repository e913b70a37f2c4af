namespace QiPipeline.Reports.Monthly;

/// <summary>A measure as the Definitions sheet and the PDSA Study sentences name it.</summary>
/// <param name="MeasureId">The measure id of the kpi rows.</param>
/// <param name="Name">A short name a QI lead would say ("Depression screening").</param>
/// <param name="Definition">One plain-language sentence (the full definition is in docs/measures.md).</param>
internal sealed record DefinitionsEntry(string MeasureId, string Name, string Definition);
