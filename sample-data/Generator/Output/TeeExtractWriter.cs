namespace QiPipeline.SampleData;

/// <summary>Writes one source in several shapes at once (the FHIR clinic also as a CSV extract, to compare the two).</summary>
internal sealed class TeeExtractWriter(params IExtractWriter[] writers) : IExtractWriter
{
    public void Write(PatientBatch batch)
    {
        foreach (var writer in writers)
        {
            writer.Write(batch);
        }
    }

    public void Complete()
    {
        foreach (var writer in writers)
        {
            writer.Complete();
        }
    }

    public void Dispose()
    {
        foreach (var writer in writers)
        {
            writer.Dispose();
        }
    }
}
