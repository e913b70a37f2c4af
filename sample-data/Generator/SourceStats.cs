namespace QiPipeline.SampleData;

/// <summary>What one source received: rows per entity (bad ones included) and the injected bad records.</summary>
internal sealed class SourceStats(string sourceName, string clinicId, BadRecordCounts bad)
{
    private readonly long[] _rows = new long[EntityShape.All.Count];
    private readonly long[] _malformed = new long[EntityShape.All.Count];

    public string SourceName => sourceName;

    public string ClinicId => clinicId;

    public BadRecordCounts Bad => bad;

    public long Patients { get; private set; }

    public long Records => _rows.Sum();

    public long Rows(Entity entity) => _rows[(int)entity];

    /// <summary>Malformed lines written into a FHIR export, by the entity that rejects them (none for other sources).</summary>
    public long MalformedLines(Entity entity) => _malformed[(int)entity];

    /// <summary>Every malformed line written.</summary>
    public long MalformedLinesTotal => _malformed.Sum();

    public void AddMalformedLines(FhirExtractWriter writer)
    {
        foreach (var shape in EntityShape.All)
        {
            _malformed[(int)shape.Entity] += writer.MalformedLines(shape.Entity);
        }
    }

    public void Add(PatientBatch batch)
    {
        Patients++;
        foreach (var shape in EntityShape.All)
        {
            _rows[(int)shape.Entity] += batch.Count(shape.Entity);
        }
    }
}
