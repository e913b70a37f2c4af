namespace QiPipeline.SampleData;

/// <summary>
/// Every row of one patient, reused from patient to patient: the generator holds one patient at
/// a time, so memory does not grow with the number of patients.
/// </summary>
internal sealed class PatientBatch
{
    /// <summary>The patient's row first; then any injected bad patient rows (duplicates, broken copies).</summary>
    public List<PatientRecord> Patients { get; } = [];

    public List<EncounterRecord> Encounters { get; } = [];

    public List<ScreeningRecord> Screenings { get; } = [];

    public List<ReferralRecord> Referrals { get; } = [];

    public List<EdVisitRecord> EdVisits { get; } = [];

    public List<FillRecord> Fills { get; } = [];

    public List<DiagnosisRecord> Diagnoses { get; } = [];

    public List<SurveyRecord> Surveys { get; } = [];

    public PatientRecord Patient => Patients[0];

    /// <summary>The last day the patient can have records: End, or the death date.</summary>
    public DateOnly LastDay { get; set; }

    public int Count(Entity entity) => entity switch
    {
        Entity.Patients => Patients.Count,
        Entity.Encounters => Encounters.Count,
        Entity.Screenings => Screenings.Count,
        Entity.Referrals => Referrals.Count,
        Entity.EdVisits => EdVisits.Count,
        Entity.MedicationFills => Fills.Count,
        Entity.Diagnoses => Diagnoses.Count,
        _ => Surveys.Count,
    };

    public void Clear()
    {
        Patients.Clear();
        Encounters.Clear();
        Screenings.Clear();
        Referrals.Clear();
        EdVisits.Clear();
        Fills.Clear();
        Diagnoses.Clear();
        Surveys.Clear();
    }
}
