namespace QiPipeline.SampleData;

/// <summary>Writes one source, patient by patient.</summary>
internal interface IExtractWriter : IDisposable
{
    void Write(PatientBatch batch);

    /// <summary>Flushes or commits everything written; without it the output is incomplete.</summary>
    void Complete();
}
