namespace QiPipeline.SampleData;

/// <summary>An ED visit; <paramref name="OtherDx"/> holds its further ICD-10-CM codes separated by ';' (null when none).</summary>
internal readonly record struct EdVisitRecord(
    long Id,
    DateOnly Date,
    string PrimaryDx,
    bool Admitted,
    string Facility,
    string? OtherDx) : IEventRecord<EdVisitRecord>
{
    public BadValue? Bad { get; init; }

    public EdVisitRecord WithDate(DateOnly date) => this with { Date = date };

    public EdVisitRecord WithBad(BadValue bad) => this with { Bad = bad };

    public BadValue? CodeViolation(Rng random) => null;

    public BadValue? RangeViolation(Rng random) => null;
}
