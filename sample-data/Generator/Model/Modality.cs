namespace QiPipeline.SampleData;

internal enum Modality
{
    InPerson,
    Telehealth,
    Phone,
}
