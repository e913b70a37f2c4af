using QiPipeline.Etl.Sources;

namespace QiPipeline.Etl.Loading;

/// <summary>A source ready to load, with its mode, its retry and timeout policy, and its rules.</summary>
internal sealed record ConfiguredSource(IClinicSource Source, LoadMode Mode, SourcePolicy? Policy = null, SourceRules? Rules = null)
{
    /// <summary>The policy, the defaults where none was given.</summary>
    public SourcePolicy EffectivePolicy => Policy ?? SourcePolicy.Default;

    /// <summary>The rules, the defaults where none were given.</summary>
    public SourceRules EffectiveRules => Rules ?? SourceRules.Default;
}
