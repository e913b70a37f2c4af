namespace QiPipeline.SampleData;

/// <summary>A table of the south database; <paramref name="Columns"/> are its columns for each canonical column, in contract order.</summary>
internal sealed record SouthTable(Entity Entity, string Name, IReadOnlyList<string> Columns)
{
    public const string ModifiedAt = "modified_at";
}
