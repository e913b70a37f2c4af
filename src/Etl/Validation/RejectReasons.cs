namespace QiPipeline.Etl.Validation;

/// <summary>
/// The reason codes of <c>etl_reject</c>. The first eleven are the foundation contract; the last
/// four extend it for values that are neither missing nor out of a vocabulary.
/// </summary>
public static class RejectReasons
{
    /// <summary>A required value is empty.</summary>
    public const string MissingRequired = "missing_required";

    /// <summary>A date or timestamp that does not parse (dates are YYYY-MM-DD).</summary>
    public const string BadDate = "bad_date";

    /// <summary>A date after the run's date.</summary>
    public const string FutureDate = "future_date";

    /// <summary>An event dated before the patient's birth (or a death before birth).</summary>
    public const string BeforeBirth = "before_birth";

    /// <summary>An event dated after the patient's death.</summary>
    public const string AfterDeath = "after_death";

    /// <summary>A patient id the source's patients do not have.</summary>
    public const string UnknownPatient = "unknown_patient";

    /// <summary>A clinic id that is not configured.</summary>
    public const string UnknownClinic = "unknown_clinic";

    /// <summary>A value outside its vocabulary (including booleans other than true/false and unknown instruments).</summary>
    public const string BadCode = "bad_code";

    /// <summary>A number outside its range (scores, item 9, days supply, minutes, score above max_score).</summary>
    public const string OutOfRange = "out_of_range";

    /// <summary>A second record with the same id in one read: the first wins.</summary>
    public const string DuplicateId = "duplicate_id";

    /// <summary>Extension: a value that should be a whole number and is not.</summary>
    public const string BadNumber = "bad_number";

    /// <summary>Extension: a text value longer than its column allows.</summary>
    public const string TooLong = "too_long";

    /// <summary>Extension: a record whose shape is wrong (field count, unterminated quote).</summary>
    public const string MalformedRow = "malformed_row";

    /// <summary>
    /// Extension: an id with a control, invisible or direction-override character, or beginning
    /// with a character a spreadsheet runs as a formula (<c>= + - @</c>); see <see cref="SafeId"/>.
    /// </summary>
    public const string BadId = "bad_id";

    /// <summary>Every reason code, in documentation order.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        MissingRequired, BadDate, FutureDate, BeforeBirth, AfterDeath, UnknownPatient, UnknownClinic,
        BadCode, OutOfRange, DuplicateId, BadNumber, TooLong, MalformedRow, BadId,
    ];
}
