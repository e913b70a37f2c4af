using QiPipeline.Etl.Sources;

namespace QiPipeline.Etl.Loading;

/// <summary>A source ready to load, with its mode and its retry and timeout policy.</summary>
internal sealed record ConfiguredSource(IClinicSource Source, LoadMode Mode, SourcePolicy? Policy = null)
{
    /// <summary>The policy, the defaults where none was given.</summary>
    public SourcePolicy EffectivePolicy => Policy ?? SourcePolicy.Default;
}
