namespace QiPipeline.SampleData;

internal static class RejectReasons
{
    public static readonly IReadOnlyList<RejectReason> All = Enum.GetValues<RejectReason>();

    public static int Count => All.Count;

    /// <summary>The reason code the loader writes to <c>etl_reject</c>.</summary>
    public static string Code(RejectReason reason) => reason switch
    {
        RejectReason.MissingRequired => "missing_required",
        RejectReason.BadDate => "bad_date",
        RejectReason.FutureDate => "future_date",
        RejectReason.BeforeBirth => "before_birth",
        RejectReason.AfterDeath => "after_death",
        RejectReason.UnknownPatient => "unknown_patient",
        RejectReason.UnknownClinic => "unknown_clinic",
        RejectReason.BadCode => "bad_code",
        RejectReason.OutOfRange => "out_of_range",
        RejectReason.DuplicateId => "duplicate_id",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
