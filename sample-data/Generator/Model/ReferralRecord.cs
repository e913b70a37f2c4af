namespace QiPipeline.SampleData;

internal readonly record struct ReferralRecord(
    long Id,
    DateOnly Date,
    ReferralService Service,
    bool WarmHandoff) : IEventRecord<ReferralRecord>
{
    private static readonly string[] UnknownServices = ["cardiology", "dermatology", "counseling", "PT"];

    public BadValue? Bad { get; init; }

    public ReferralRecord WithDate(DateOnly date) => this with { Date = date };

    public ReferralRecord WithBad(BadValue bad) => this with { Bad = bad };

    public BadValue? CodeViolation(Rng random) =>
        new BadValue(RejectReason.BadCode, 4, UnknownServices[random.Next(UnknownServices.Length)]);

    public BadValue? RangeViolation(Rng random) => null;
}
