namespace QiPipeline.Etl.Sources;

/// <summary>
/// One record as read from a source, before validation: its values as text, in the order of
/// the entity's canonical columns followed by <c>updated_at</c>.
/// </summary>
/// <param name="RowNumber">The record's position: the line in a file, the ordinal in a query result.</param>
/// <param name="Values">The values, null where empty or absent.</param>
/// <param name="Malformed">Why the record's shape is wrong (a CSV row with too many fields), or null.</param>
/// <param name="Fraction">The part of the input read up to this record (0-1) where the source knows its size (a file), or null.</param>
internal sealed record RawRecord(long RowNumber, string?[] Values, string? Malformed = null, double? Fraction = null);
