namespace QiPipeline.SampleData;

/// <summary>How many bad records were injected into one source, by entity and reason.</summary>
internal sealed class BadRecordCounts
{
    private readonly long[,] _counts = new long[EntityShape.All.Count, RejectReasons.Count];

    public long Total { get; private set; }

    public long this[RejectReason reason]
    {
        get
        {
            var sum = 0L;
            for (var entity = 0; entity < _counts.GetLength(0); entity++)
            {
                sum += _counts[entity, (int)reason];
            }

            return sum;
        }
    }

    public long this[Entity entity, RejectReason reason] => _counts[(int)entity, (int)reason];

    public void Add(Entity entity, RejectReason reason)
    {
        _counts[(int)entity, (int)reason]++;
        Total++;
    }
}
