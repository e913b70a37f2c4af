namespace QiPipeline.SampleData;

internal readonly record struct EncounterRecord(
    long Id,
    DateOnly Date,
    EncounterType Type,
    Modality Modality,
    EncounterStatus Status,
    string Provider,
    int? Minutes) : IEventRecord<EncounterRecord>
{
    private static readonly (int Column, string Value)[] BadCodes =
        [(4, "dental"), (4, "visit"), (5, "video"), (5, "fax"), (6, "done"), (6, "noshow"), (6, "arrived")];

    public BadValue? Bad { get; init; }

    public EncounterRecord WithDate(DateOnly date) => this with { Date = date };

    public EncounterRecord WithBad(BadValue bad) => this with { Bad = bad };

    public BadValue? CodeViolation(Rng random)
    {
        var (column, value) = BadCodes[random.Next(BadCodes.Length)];
        return new BadValue(RejectReason.BadCode, column, value);
    }

    public BadValue? RangeViolation(Rng random) =>
        new BadValue(RejectReason.OutOfRange, 8, random.Chance(0.7) ? "2000" : "-15");
}
