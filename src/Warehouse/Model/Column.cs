namespace QiPipeline.Warehouse.Model;

/// <summary>
/// One column of the canonical model. The generic checks (required, type, length, vocabulary,
/// range) are read from here by validation, so a column's rules live in one place.
/// </summary>
/// <param name="Name">The column name, as in the CSV extract contract.</param>
/// <param name="Type">The value type.</param>
/// <param name="Required">Whether an empty value rejects the record.</param>
/// <param name="MaxLength">For text: the longest value accepted (the SQL Server column width).</param>
/// <param name="Vocabulary">For text: the accepted values (ordinal), or null for free text.</param>
/// <param name="Min">For integers: the smallest accepted value.</param>
/// <param name="Max">For integers: the largest accepted value.</param>
public sealed record Column(
    string Name,
    ColumnType Type,
    bool Required = false,
    int MaxLength = Column.DefaultTextLength,
    IReadOnlyList<string>? Vocabulary = null,
    int? Min = null,
    int? Max = null)
{
    /// <summary>The width of ordinary text columns (ids, codes, names).</summary>
    public const int DefaultTextLength = 100;
}
