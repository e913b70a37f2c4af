namespace QiPipeline.SampleData;

/// <summary>The next record number of each entity within one source (ids are unique per source and entity).</summary>
internal sealed class IdSequence
{
    private readonly long[] _last = new long[EntityShape.All.Count];

    public long Next(Entity entity) => ++_last[(int)entity];
}
