namespace QiPipeline.Etl.Validation;

/// <summary>
/// The earliest date a record may carry (<c>bad_date</c> before it): no patient alive in the
/// data's years was born before 1900, and a year-1 date is a placeholder or a typing slip, which
/// would otherwise put a patient in the wrong age band for good.
/// </summary>
internal static class EarliestDate
{
    /// <summary>1900-01-01.</summary>
    public static readonly DateOnly Value = new(1900, 1, 1);

    /// <summary>1900-01-01 00:00, for timestamps.</summary>
    public static readonly DateTime Timestamp = Value.ToDateTime(TimeOnly.MinValue);
}
