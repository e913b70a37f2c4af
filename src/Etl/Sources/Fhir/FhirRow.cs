using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Sources.Fhir;

/// <summary>
/// One canonical record as a column-name-to-value map, laid into the entity's column order by
/// name: a column the entity does not have (yet) is dropped, one the mapping does not fill is null.
/// </summary>
internal sealed class FhirRow : Dictionary<string, string?>
{
    public FhirRow()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>The values in the order of <paramref name="entity"/>'s columns, then updated_at.</summary>
    public string?[] Lay(EntityDefinition entity, string? updatedAt)
    {
        var values = new string?[entity.Columns.Count + 1];
        for (var i = 0; i < entity.Columns.Count; i++)
        {
            values[i] = TryGetValue(entity.Columns[i].Name, out var value) ? value : null;
        }

        values[^1] = updatedAt;
        return values;
    }
}
