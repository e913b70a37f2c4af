using System.Globalization;

namespace QiPipeline.SampleData;

/// <summary>A screening; <paramref name="Score"/> is null for the social-needs screens.</summary>
internal readonly record struct ScreeningRecord(
    long Id,
    DateOnly Date,
    Instrument Instrument,
    int? Score,
    int? Item9,
    bool Positive) : IEventRecord<ScreeningRecord>
{
    private static readonly string[] UnknownInstruments = ["PHQ-99", "PHQ9X", "GAD-9", "K10", "99999-9"];

    public BadValue? Bad { get; init; }

    public ScreeningRecord WithDate(DateOnly date) => this with { Date = date };

    public ScreeningRecord WithBad(BadValue bad) => this with { Bad = bad };

    public BadValue? CodeViolation(Rng random) =>
        new BadValue(RejectReason.BadCode, 4, UnknownInstruments[random.Next(UnknownInstruments.Length)]);

    public BadValue? RangeViolation(Rng random)
    {
        if (Instruments.MaxScore(Instrument) is not { } max)
        {
            return null;
        }

        if (Item9 is not null && random.Chance(0.4))
        {
            return new BadValue(RejectReason.OutOfRange, 6, "4");
        }

        var score = random.Chance(0.8) ? max + 1 + random.Next(6) : -1;
        return new BadValue(RejectReason.OutOfRange, 5, score.ToString(CultureInfo.InvariantCulture));
    }
}
