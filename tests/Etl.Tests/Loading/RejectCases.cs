namespace QiPipeline.Etl.Tests.Loading;

/// <summary>One bad record per reject reason: entity, what is wrong (column=value;...), expected reasons.</summary>
public static class RejectCases
{
    public static TheoryData<string, string, string> All() => new()
    {
        // entity, what is wrong (column=value, or a special case), expected reasons
        { "encounters", "encounter_date=", "missing_required" },
        { "encounters", "encounter_date=2025-13-45", "bad_date" },
        { "encounters", "encounter_date=03/07/2025", "bad_date" },
        { "encounters", "encounter_date=2025-07-01", "future_date" },
        { "encounters", "encounter_date=1979-01-01", "before_birth" },
        { "encounters", "patient_id=P-DEAD", "after_death" },
        { "encounters", "patient_id=P-NOBODY", "unknown_patient" },
        { "encounters", "clinic_id=ZZ9", "unknown_clinic" },
        { "encounters", "status=done", "bad_code" },
        { "encounters", "minutes=2000", "out_of_range" },
        { "encounters", "minutes=ten", "bad_number" },
        { "screenings", "score=28", "out_of_range" },
        { "screenings", "item9_score=4", "out_of_range" },
        { "screenings", "instrument=PHQ-99", "bad_code" },
        { "screenings", "score=", "missing_required" },
        { "medication_fills", "days_supply=0", "out_of_range" },
        { "medication_fills", "days_supply=400", "out_of_range" },
        { "surveys", "score=6", "out_of_range" },
        { "referrals", "warm_handoff=yes", "bad_code" },
        { "diagnoses", "dx_code=not-a-code", "bad_code" },
        { "diagnoses", "dx_system=snomed;dx_code=370143001", "bad_code" },
        { "diagnoses", "dx_system=snomed", "bad_code" },
        { "diagnoses", "dx_system=sct;dx_code=370143000", "bad_code" },
        { "ed_visits", "primary_dx=not-a-code", "bad_code" },
        { "ed_visits", "other_dx=J06.9 and flu", "bad_code" },
        { "patients", "sex=Q", "bad_code" },
        { "patients", "death_date=1970-01-01", "before_birth" },
        { "encounters", "duplicate", "duplicate_id" },
        { "encounters", "encounter_date=2025-13-45;status=done", "bad_date;bad_code" },
    };
}
