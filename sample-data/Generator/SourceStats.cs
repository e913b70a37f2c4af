namespace QiPipeline.SampleData;

/// <summary>What one source received: rows per entity (bad ones included) and the injected bad records.</summary>
internal sealed class SourceStats(string sourceName, string clinicId, BadRecordCounts bad)
{
    private readonly long[] _rows = new long[EntityShape.All.Count];

    public string SourceName => sourceName;

    public string ClinicId => clinicId;

    public BadRecordCounts Bad => bad;

    public long Patients { get; private set; }

    public long Records => _rows.Sum();

    public long Rows(Entity entity) => _rows[(int)entity];

    public void Add(PatientBatch batch)
    {
        Patients++;
        foreach (var shape in EntityShape.All)
        {
            _rows[(int)shape.Entity] += batch.Count(shape.Entity);
        }
    }
}
