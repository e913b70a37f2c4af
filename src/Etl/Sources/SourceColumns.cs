using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Sources;

/// <summary>
/// Where the canonical columns (and <c>updated_at</c>) sit among a source's column names, for a
/// CSV header and a query result alike: matched by name, case-insensitive, extras ignored.
/// </summary>
internal static class SourceColumns
{
    /// <summary>The names a source is read for: the entity's columns, then updated_at.</summary>
    public static string[] Wanted(EntityDefinition entity) =>
        [.. entity.Columns.Select(c => c.Name), CanonicalModel.UpdatedAt];

    /// <summary>For each wanted name, its position among <paramref name="names"/>, or -1.</summary>
    public static int[] Positions(EntityDefinition entity, IReadOnlyList<string> names) =>
        [.. Wanted(entity).Select(w => IndexOf(names, w))];

    /// <summary>The required columns that have no position.</summary>
    public static List<string> MissingRequired(EntityDefinition entity, int[] positions) =>
        [.. entity.Columns.Where((c, i) => c.Required && positions[i] < 0).Select(c => c.Name)];

    private static int IndexOf(IReadOnlyList<string> names, string wanted)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], wanted, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
