namespace QiPipeline.SampleData;

internal readonly record struct FillRecord(
    long Id,
    DateOnly Date,
    string Drug,
    string DrugClass,
    int DaysSupply) : IEventRecord<FillRecord>
{
    /// <summary>The drug_class column: empty is the fills' own way of missing a required value.</summary>
    public const int DrugClassColumn = 4;

    public BadValue? Bad { get; init; }

    public FillRecord WithDate(DateOnly date) => this with { Date = date };

    public FillRecord WithBad(BadValue bad) => this with { Bad = bad };

    public BadValue? CodeViolation(Rng random) => null;

    public BadValue? RangeViolation(Rng random) =>
        new BadValue(RejectReason.OutOfRange, 5, random.Chance(0.5) ? "0" : "400");
}
