namespace QiPipeline.Reports.Monthly;

/// <summary>One parameter a measure reads, with the value in force.</summary>
/// <param name="MeasureId">The measure.</param>
/// <param name="Name">The parameter's configuration key under <c>measures.&lt;id&gt;</c>.</param>
/// <param name="Value">The value in force: the configured one, else the default.</param>
/// <param name="Default">The default of docs/measures.md.</param>
/// <param name="Configured">Whether the configuration sets it.</param>
internal sealed record DefinitionsParameter(string MeasureId, string Name, string Value, string Default, bool Configured);
