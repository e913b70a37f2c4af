using QiPipeline.Etl.Sources;

namespace QiPipeline.Etl.Loading;

/// <summary>A source ready to load, with its mode.</summary>
internal sealed record ConfiguredSource(IClinicSource Source, LoadMode Mode);
