namespace QiPipeline.SampleData;

/// <summary>The loader's reject reasons that the generator injects (codes in <see cref="RejectReasons"/>).</summary>
internal enum RejectReason
{
    MissingRequired,
    BadDate,
    FutureDate,
    BeforeBirth,
    AfterDeath,
    UnknownPatient,
    UnknownClinic,
    BadCode,
    OutOfRange,
    DuplicateId,
}
