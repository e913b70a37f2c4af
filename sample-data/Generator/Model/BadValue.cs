namespace QiPipeline.SampleData;

/// <summary>
/// Marks a record as injected bad data: <paramref name="Column"/> (a canonical column index)
/// is written as the raw <paramref name="Value"/> (null = empty) instead of the good value.
/// A duplicate has no column (-1): the whole row is good except that its id repeats.
/// </summary>
internal readonly record struct BadValue(RejectReason Reason, int Column, string? Value)
{
    public static BadValue Duplicate => new(RejectReason.DuplicateId, -1, null);
}
