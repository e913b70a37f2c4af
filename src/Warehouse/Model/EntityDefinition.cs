namespace QiPipeline.Warehouse.Model;

/// <summary>
/// One entity of the canonical model (a CSV file of the extract contract, a fact table of the
/// warehouse). The natural key of a fact row is (source, <see cref="IdColumn"/>).
/// </summary>
public sealed class EntityDefinition
{
    /// <summary>Creates an entity; the first column is its id.</summary>
    public EntityDefinition(string name, string? patientColumn, string? eventDateColumn, params Column[] columns)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (columns.Length == 0 || columns[0].Type != ColumnType.Text || !columns[0].Required)
        {
            throw new ArgumentException("The first column must be the required text id.", nameof(columns));
        }

        Name = name;
        Columns = columns;
        PatientColumn = patientColumn;
        EventDateColumn = eventDateColumn;
    }

    /// <summary>The entity name: the CSV file name without extension and the fact table name.</summary>
    public string Name { get; }

    /// <summary>The canonical columns in contract order (without <c>updated_at</c>).</summary>
    public IReadOnlyList<Column> Columns { get; }

    /// <summary>The id column (the source key of a record).</summary>
    public Column IdColumn => Columns[0];

    /// <summary>The column naming the patient, checked against the source's patients; null for patients.</summary>
    public string? PatientColumn { get; }

    /// <summary>The date the record happened on, checked against birth and death; null for patients.</summary>
    public string? EventDateColumn { get; }

    /// <summary>The position of a column in <see cref="Columns"/>, or -1.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Name, column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
