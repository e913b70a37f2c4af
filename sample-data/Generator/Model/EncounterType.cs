namespace QiPipeline.SampleData;

internal enum EncounterType
{
    PrimaryCare,
    BehavioralHealth,
    CareManagement,
    PsychiatricConsult,
    Other,
}
