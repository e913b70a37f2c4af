namespace QiPipeline.SampleData.Tests.Support;

/// <summary>Rows of one entity as text (null = empty), whatever the source.</summary>
public sealed class Table(IReadOnlyList<string> columns, List<string?[]> rows)
{
    public IReadOnlyList<string> Columns => columns;

    public List<string?[]> Rows => rows;

    public int Index(string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
            {
                return i;
            }
        }

        throw new ArgumentException($"No column {column} in [{string.Join(", ", columns)}].", nameof(column));
    }

    public IEnumerable<string?> Values(string column)
    {
        var i = Index(column);
        return rows.Select(r => r[i]);
    }
}
