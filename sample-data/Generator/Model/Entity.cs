namespace QiPipeline.SampleData;

/// <summary>The eight entities of the CSV extract contract, in contract (and load) order.</summary>
internal enum Entity
{
    Patients,
    Encounters,
    Screenings,
    Referrals,
    EdVisits,
    MedicationFills,
    Diagnoses,
    Surveys,
}
