namespace QiPipeline.SampleData;

/// <summary>
/// A dated record of one patient (everything but the patient row). Each record type knows how
/// it can be made bad, so the injector stays one generic loop.
/// </summary>
internal interface IEventRecord<TSelf>
    where TSelf : struct, IEventRecord<TSelf>
{
    long Id { get; }

    DateOnly Date { get; }

    BadValue? Bad { get; }

    TSelf WithDate(DateOnly date);

    TSelf WithBad(BadValue bad);

    /// <summary>A value outside the vocabulary of one of the record's coded columns, or null when it has none.</summary>
    BadValue? CodeViolation(Rng random);

    /// <summary>A number outside its column's range, or null when the record has no ranged number.</summary>
    BadValue? RangeViolation(Rng random);
}
