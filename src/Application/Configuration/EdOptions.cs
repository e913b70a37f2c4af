namespace QiPipeline.Application.Configuration;

/// <summary>The <c>ed</c> configuration section.</summary>
internal sealed record EdOptions
{
    /// <summary>A CSV of ED diagnosis codes and their avoidability (relative to the configuration file); null: the built-in list.</summary>
    public string? ClassificationFile { get; init; }
}
