namespace QiPipeline.SampleData;

/// <summary>
/// The south clinic's EHR-like schema (Output/Sql/south-schema.sql), its codes, and the
/// mapping queries that qi.json gives the loader (Output/Sql/south-ENTITY.sql). Bad values are
/// stored raw, and every CASE passes unknown codes through, so they stay bad after mapping.
/// </summary>
internal static class SouthSchema
{
    /// <summary>Indexable by <see cref="Entity"/>.</summary>
    public static readonly IReadOnlyList<SouthTable> Tables =
    [
        new(Entity.Patients, "person",
            ["mrn", "site_code", "dob", "gender_cd", "race_desc", "ethnic_desc", "pref_language", "fin_class", "deceased_on"]),
        new(Entity.Encounters, "appointment",
            ["appt_no", "mrn", "site_code", "appt_start", "visit_type", "contact_mode", "appt_status", "prov_code", "duration_min"]),
        new(Entity.Screenings, "questionnaire_result",
            ["result_no", "mrn", "site_code", "taken_at", "instrument_cd", "total_score", "item9_score", "positive_yn"]),
        new(Entity.Referrals, "referral_order",
            ["order_no", "mrn", "site_code", "ordered_on", "specialty_cd", "warm_handoff_yn"]),
        new(Entity.EdVisits, "ed_event",
            ["event_no", "mrn", "arrival_at", "dx_primary", "disposition_cd", "facility_cd", "dx_other"]),
        new(Entity.MedicationFills, "rx_dispense",
            ["dispense_no", "mrn", "dispensed_on", "drug_name", "ther_class", "days_supply"]),
        new(Entity.Diagnoses, "problem_list",
            ["problem_no", "mrn", "icd10_cd", "noted_on"]),
        new(Entity.Surveys, "satisfaction_survey",
            ["survey_no", "mrn", "site_code", "returned_on", "rating", "scale_max"]),
    ];

    public static string CreateScript => SqlResource.Read("south-schema.sql");

    /// <summary>The mapping query of one entity, returning the canonical columns plus updated_at.</summary>
    public static string Query(Entity entity) => SqlResource.Read($"south-{EntityShape.All[(int)entity].Name}.sql");

    public static string Sex(Sex sex) => sex switch
    {
        SampleData.Sex.Female => "FEM",
        SampleData.Sex.Male => "MAL",
        SampleData.Sex.Other => "NB",
        _ => "UNK",
    };

    public static string Payer(string payer) => payer switch
    {
        "Medicaid" => "MCD",
        "Medicare" => "MCR",
        "Commercial" => "COM",
        _ => "SELF",
    };

    public static string VisitType(EncounterType type) => type switch
    {
        EncounterType.PrimaryCare => "PCP",
        EncounterType.BehavioralHealth => "BHV",
        EncounterType.CareManagement => "CCM",
        EncounterType.PsychiatricConsult => "PSY",
        _ => "OTH",
    };

    public static string ContactMode(Modality modality) => modality switch
    {
        Modality.InPerson => "OFC",
        Modality.Telehealth => "VID",
        _ => "TEL",
    };

    public static string Status(EncounterStatus status) => status switch
    {
        EncounterStatus.Completed => "CMP",
        EncounterStatus.NoShow => "NOS",
        _ => "CAN",
    };

    /// <summary>LOINC codes for the four instruments the south EHR codes that way; local codes for the rest.</summary>
    public static string InstrumentCode(Instrument instrument) => instrument switch
    {
        Instrument.Phq9 => "44261-6",
        Instrument.Phq2 => "55758-7",
        Instrument.Gad7 => "70274-6",
        Instrument.AuditC => "75626-2",
        Instrument.PhqA => "PHQA",
        Instrument.Gad2 => "GAD2",
        Instrument.Dast10 => "DAST10",
        Instrument.AhcHrsn => "AHCHRSN",
        _ => Vocabulary.Code(instrument),
    };

    public static string Specialty(ReferralService service) => service switch
    {
        ReferralService.BehavioralHealth => "BH",
        ReferralService.Psychiatry => "PSYCH",
        ReferralService.SubstanceUse => "SUD",
        ReferralService.SocialServices => "SOCWK",
        _ => "OTH",
    };
}
