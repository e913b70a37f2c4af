namespace QiPipeline.SampleData;

internal enum EncounterStatus
{
    Completed,
    NoShow,
    Cancelled,
}
