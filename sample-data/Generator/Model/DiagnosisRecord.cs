namespace QiPipeline.SampleData;

/// <summary>A diagnosis (ICD-10-CM with the dot). Contract order: diagnosis_id, patient_id, dx_code, dx_date.</summary>
internal readonly record struct DiagnosisRecord(
    long Id,
    string Code,
    DateOnly Date) : IEventRecord<DiagnosisRecord>
{
    public BadValue? Bad { get; init; }

    public DiagnosisRecord WithDate(DateOnly date) => this with { Date = date };

    public DiagnosisRecord WithBad(BadValue bad) => this with { Bad = bad };

    public BadValue? CodeViolation(Rng random) => null;

    public BadValue? RangeViolation(Rng random) => null;
}
