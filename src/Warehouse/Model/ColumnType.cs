namespace QiPipeline.Warehouse.Model;

/// <summary>The value types of the canonical model; each dialect maps them to its own SQL types.</summary>
public enum ColumnType
{
    /// <summary>Text, bounded by <see cref="Column.MaxLength"/>.</summary>
    Text,

    /// <summary>A calendar date (<see cref="DateOnly"/>), written <c>YYYY-MM-DD</c> in extracts.</summary>
    Date,

    /// <summary>A whole number (<see cref="int"/>).</summary>
    Integer,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A timestamp without time zone (<see cref="DateTime"/>), used for <c>updated_at</c> watermarks.</summary>
    Timestamp,

    /// <summary>A 64-bit whole number, used only by warehouse bookkeeping columns.</summary>
    BigInteger,

    /// <summary>Unbounded text (raw values of rejected rows, error messages).</summary>
    LongText,

    /// <summary>A floating-point number (rates, weighted counts).</summary>
    Double,
}
