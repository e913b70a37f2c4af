namespace QiPipeline.Metrics.Catalog;

/// <summary>
/// What one id of the <c>measures</c> configuration section may hold: a measure's parameters, or
/// those of the action lists or CoCM billing, which are configured the same way.
/// </summary>
/// <param name="Id">The key under <c>measures</c>.</param>
/// <param name="Parameters">Every parameter the id accepts; any other key is a configuration error.</param>
public sealed record ParameterSet(string Id, IReadOnlyList<ParameterDefinition> Parameters)
{
    /// <summary>The declared parameter, or null.</summary>
    public ParameterDefinition? Find(string name) =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
