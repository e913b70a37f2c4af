namespace QiPipeline.Warehouse.Model;

/// <summary>
/// The eight entities of the data contract (docs/contract.md), in load order: patients
/// first, because every other record is checked against its source's patients.
/// </summary>
public static class CanonicalModel
{
    /// <summary>The optional change timestamp any entity may carry (incremental loads).</summary>
    public const string UpdatedAt = "updated_at";

    private const int LongText = 200;

    /// <summary>Room for a list of codes: 24 further diagnoses, as a UB-04 claim holds, need about 200 characters.</summary>
    private const int CodeList = 1000;

    /// <summary>Patients.</summary>
    public static readonly EntityDefinition Patients = new(
        "patients", patientColumn: null, eventDateColumn: null,
        new Column("patient_id", ColumnType.Text, Required: true),
        new Column("clinic_id", ColumnType.Text),
        new Column("birth_date", ColumnType.Date, Required: true),
        new Column("sex", ColumnType.Text, Required: true, Vocabulary: Vocabularies.Sex),
        new Column("race", ColumnType.Text),
        new Column("ethnicity", ColumnType.Text),
        new Column("language", ColumnType.Text),
        new Column("payer", ColumnType.Text),
        new Column("death_date", ColumnType.Date));

    /// <summary>Encounters (visits, contacts, no-shows).</summary>
    public static readonly EntityDefinition Encounters = new(
        "encounters", "patient_id", "encounter_date",
        new Column("encounter_id", ColumnType.Text, Required: true),
        new Column("patient_id", ColumnType.Text, Required: true),
        new Column("clinic_id", ColumnType.Text, Required: true),
        new Column("encounter_date", ColumnType.Date, Required: true),
        new Column("encounter_type", ColumnType.Text, Required: true, Vocabulary: Vocabularies.EncounterType),
        new Column("modality", ColumnType.Text, Vocabulary: Vocabularies.Modality),
        new Column("status", ColumnType.Text, Required: true, Vocabulary: Vocabularies.EncounterStatus),
        new Column("provider_id", ColumnType.Text),
        new Column("minutes", ColumnType.Integer, Min: 0, Max: 1440));

    /// <summary>Screenings; score ranges depend on the instrument (see <see cref="Instruments"/>).</summary>
    public static readonly EntityDefinition Screenings = new(
        "screenings", "patient_id", "screening_date",
        new Column("screening_id", ColumnType.Text, Required: true),
        new Column("patient_id", ColumnType.Text, Required: true),
        new Column("clinic_id", ColumnType.Text, Required: true),
        new Column("screening_date", ColumnType.Date, Required: true),
        new Column("instrument", ColumnType.Text, Required: true),
        new Column("score", ColumnType.Integer),
        new Column("item9_score", ColumnType.Integer, Min: 0, Max: 3),
        new Column("positive", ColumnType.Boolean));

    /// <summary>Referrals.</summary>
    public static readonly EntityDefinition Referrals = new(
        "referrals", "patient_id", "referral_date",
        new Column("referral_id", ColumnType.Text, Required: true),
        new Column("patient_id", ColumnType.Text, Required: true),
        new Column("clinic_id", ColumnType.Text, Required: true),
        new Column("referral_date", ColumnType.Date, Required: true),
        new Column("service", ColumnType.Text, Required: true, Vocabulary: Vocabularies.ReferralService),
        new Column("warm_handoff", ColumnType.Boolean));

    /// <summary>
    /// Emergency department visits; <c>other_dx</c> holds the further diagnoses, ICD-10-CM codes
    /// separated by <c>;</c> (stored trimmed, in the order sent).
    /// </summary>
    public static readonly EntityDefinition EdVisits = new(
        "ed_visits", "patient_id", "visit_date",
        new Column("ed_visit_id", ColumnType.Text, Required: true),
        new Column("patient_id", ColumnType.Text, Required: true),
        new Column("visit_date", ColumnType.Date, Required: true),
        new Column("primary_dx", ColumnType.Text),
        new Column("admitted", ColumnType.Boolean, Required: true),
        new Column("facility", ColumnType.Text),
        new Column("other_dx", ColumnType.Text, MaxLength: CodeList));

    /// <summary>Pharmacy fills.</summary>
    public static readonly EntityDefinition MedicationFills = new(
        "medication_fills", "patient_id", "fill_date",
        new Column("fill_id", ColumnType.Text, Required: true),
        new Column("patient_id", ColumnType.Text, Required: true),
        new Column("fill_date", ColumnType.Date, Required: true),
        new Column("drug", ColumnType.Text, Required: true, MaxLength: LongText),
        new Column("drug_class", ColumnType.Text, Required: true),
        new Column("days_supply", ColumnType.Integer, Required: true, Min: 1, Max: 365));

    /// <summary>
    /// Diagnoses; <c>dx_system</c> names the code system of <c>dx_code</c> (<see cref="DxSystems"/>):
    /// empty means ICD-10-CM, and the loader stores it as <c>icd10cm</c>.
    /// </summary>
    public static readonly EntityDefinition Diagnoses = new(
        "diagnoses", "patient_id", "dx_date",
        new Column("diagnosis_id", ColumnType.Text, Required: true),
        new Column("patient_id", ColumnType.Text, Required: true),
        new Column("dx_code", ColumnType.Text, Required: true),
        new Column("dx_date", ColumnType.Date, Required: true),
        new Column("dx_system", ColumnType.Text, MaxLength: 20, Vocabulary: Vocabularies.DxSystem));

    /// <summary>Patient experience surveys.</summary>
    public static readonly EntityDefinition Surveys = new(
        "surveys", "patient_id", "survey_date",
        new Column("survey_id", ColumnType.Text, Required: true),
        new Column("patient_id", ColumnType.Text, Required: true),
        new Column("clinic_id", ColumnType.Text, Required: true),
        new Column("survey_date", ColumnType.Date, Required: true),
        new Column("score", ColumnType.Integer, Min: 0),
        new Column("max_score", ColumnType.Integer, Required: true, Min: 1, Max: 1000));

    /// <summary>Every entity, in load order.</summary>
    public static readonly IReadOnlyList<EntityDefinition> Entities =
        [Patients, Encounters, Screenings, Referrals, EdVisits, MedicationFills, Diagnoses, Surveys];

    /// <summary>Finds an entity by name (ordinal), or null.</summary>
    public static EntityDefinition? Find(string name) =>
        Entities.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal));
}
