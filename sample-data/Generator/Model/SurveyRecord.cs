using System.Globalization;

namespace QiPipeline.SampleData;

internal readonly record struct SurveyRecord(
    long Id,
    DateOnly Date,
    int Score,
    int MaxScore) : IEventRecord<SurveyRecord>
{
    public BadValue? Bad { get; init; }

    public SurveyRecord WithDate(DateOnly date) => this with { Date = date };

    public SurveyRecord WithBad(BadValue bad) => this with { Bad = bad };

    public BadValue? CodeViolation(Rng random) => null;

    /// <summary>A score above max_score (0 is a valid score, so the violation is always above).</summary>
    public BadValue? RangeViolation(Rng random) =>
        new BadValue(RejectReason.OutOfRange, 4, (MaxScore + 1 + random.Next(3)).ToString(CultureInfo.InvariantCulture));
}
