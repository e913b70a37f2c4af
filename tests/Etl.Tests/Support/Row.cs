namespace QiPipeline.Etl.Tests.Support;

/// <summary>One record of an extract: column name to raw text (null = empty).</summary>
internal sealed class Row : Dictionary<string, string?>
{
    public Row()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>A copy with some values changed.</summary>
    public Row With(string column, string? value)
    {
        var copy = new Row();
        foreach (var (key, existing) in this)
        {
            copy[key] = existing;
        }

        copy[column] = value;
        return copy;
    }
}
