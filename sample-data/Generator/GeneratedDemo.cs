namespace QiPipeline.SampleData;

/// <summary>What <see cref="ClinicGenerator.GenerateAsync"/> wrote.</summary>
/// <param name="ConfigPath">The full path of qi.json.</param>
/// <param name="SourcePaths">The sources, in configuration order: the north folder, south.db, the east-fhir folder.</param>
/// <param name="Records">Rows written across all sources and entities, bad ones included.</param>
/// <param name="BadRecords">Rows made bad on purpose, and malformed lines of the FHIR export (each should become one etl_reject row).</param>
public sealed record GeneratedDemo(string ConfigPath, IReadOnlyList<string> SourcePaths, long Records, long BadRecords);
