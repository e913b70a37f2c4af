namespace QiPipeline.SampleData;

/// <summary>
/// The columns of one entity in the CSV extract contract, and where its patient, clinic and
/// event date sit (column indexes are what <see cref="BadValue.Column"/> refers to).
/// </summary>
internal sealed record EntityShape(Entity Entity, string Name, IReadOnlyList<string> Columns, int DateColumn, int ClinicColumn)
{
    public const int IdColumn = 0;

    /// <summary>The patient_id column of every event entity.</summary>
    public const int PatientColumn = 1;

    public static readonly EntityShape Patients = new(Entity.Patients, "patients",
        ["patient_id", "clinic_id", "birth_date", "sex", "race", "ethnicity", "language", "payer", "death_date"], 2, 1);

    public static readonly EntityShape Encounters = new(Entity.Encounters, "encounters",
        ["encounter_id", "patient_id", "clinic_id", "encounter_date", "encounter_type", "modality", "status", "provider_id", "minutes"], 3, 2);

    public static readonly EntityShape Screenings = new(Entity.Screenings, "screenings",
        ["screening_id", "patient_id", "clinic_id", "screening_date", "instrument", "score", "item9_score", "positive"], 3, 2);

    public static readonly EntityShape Referrals = new(Entity.Referrals, "referrals",
        ["referral_id", "patient_id", "clinic_id", "referral_date", "service", "warm_handoff"], 3, 2);

    public static readonly EntityShape EdVisits = new(Entity.EdVisits, "ed_visits",
        ["ed_visit_id", "patient_id", "visit_date", "primary_dx", "admitted", "facility", "other_dx"], 2, -1);

    public static readonly EntityShape MedicationFills = new(Entity.MedicationFills, "medication_fills",
        ["fill_id", "patient_id", "fill_date", "drug", "drug_class", "days_supply"], 2, -1);

    public static readonly EntityShape Diagnoses = new(Entity.Diagnoses, "diagnoses",
        ["diagnosis_id", "patient_id", "dx_code", "dx_date"], 3, -1);

    public static readonly EntityShape Surveys = new(Entity.Surveys, "surveys",
        ["survey_id", "patient_id", "clinic_id", "survey_date", "score", "max_score"], 3, 2);

    /// <summary>Every entity, in contract order (indexable by <see cref="SampleData.Entity"/>).</summary>
    public static readonly IReadOnlyList<EntityShape> All =
        [Patients, Encounters, Screenings, Referrals, EdVisits, MedicationFills, Diagnoses, Surveys];

    public string FileName => Name + ".csv";
}
