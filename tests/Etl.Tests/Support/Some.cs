namespace QiPipeline.Etl.Tests.Support;

/// <summary>
/// Test records with valid, unique defaults (after Serilog's <c>Some</c>), so a test shows only
/// the values that matter to it. Each returns the CSV columns of its entity.
/// </summary>
internal static class Some
{
    private static int _next;

    public static Row Patient(string? id = null, string birth = "1980-05-17", string sex = "F", string? death = null, string clinic = "N1") => new()
    {
        ["patient_id"] = id ?? Id("P"),
        ["clinic_id"] = clinic,
        ["birth_date"] = birth,
        ["sex"] = sex,
        ["race"] = "White",
        ["ethnicity"] = "Not Hispanic",
        ["language"] = "English",
        ["payer"] = "Medicaid",
        ["death_date"] = death,
    };

    public static Row Encounter(string patient, string? id = null, string date = "2025-03-04", string type = "primary_care", string status = "completed") => new()
    {
        ["encounter_id"] = id ?? Id("E"),
        ["patient_id"] = patient,
        ["clinic_id"] = "N1",
        ["encounter_date"] = date,
        ["encounter_type"] = type,
        ["modality"] = "in_person",
        ["status"] = status,
        ["provider_id"] = "DR1",
        ["minutes"] = "20",
    };

    public static Row Screening(string patient, string? id = null, string date = "2025-03-04", string instrument = "PHQ-9", string? score = "12", string? item9 = "0") => new()
    {
        ["screening_id"] = id ?? Id("S"),
        ["patient_id"] = patient,
        ["clinic_id"] = "N1",
        ["screening_date"] = date,
        ["instrument"] = instrument,
        ["score"] = score,
        ["item9_score"] = item9,
        ["positive"] = null,
    };

    public static Row Referral(string patient, string? id = null, string date = "2025-03-04") => new()
    {
        ["referral_id"] = id ?? Id("R"),
        ["patient_id"] = patient,
        ["clinic_id"] = "N1",
        ["referral_date"] = date,
        ["service"] = "behavioral_health",
        ["warm_handoff"] = "true",
    };

    public static Row EdVisit(string patient, string? id = null, string date = "2025-01-15") => new()
    {
        ["ed_visit_id"] = id ?? Id("V"),
        ["patient_id"] = patient,
        ["visit_date"] = date,
        ["primary_dx"] = "J06.9",
        ["admitted"] = "false",
        ["facility"] = "General",
    };

    public static Row Fill(string patient, string? id = null, string date = "2025-03-05", string days = "30") => new()
    {
        ["fill_id"] = id ?? Id("F"),
        ["patient_id"] = patient,
        ["fill_date"] = date,
        ["drug"] = "sertraline",
        ["drug_class"] = "antidepressant",
        ["days_supply"] = days,
    };

    public static Row Diagnosis(string patient, string? id = null, string code = "F32.1", string date = "2025-03-04") => new()
    {
        ["diagnosis_id"] = id ?? Id("D"),
        ["patient_id"] = patient,
        ["dx_code"] = code,
        ["dx_date"] = date,
    };

    public static Row Survey(string patient, string? id = null, string date = "2025-03-04", string? score = "5", string max = "5") => new()
    {
        ["survey_id"] = id ?? Id("Q"),
        ["patient_id"] = patient,
        ["clinic_id"] = "N1",
        ["survey_date"] = date,
        ["score"] = score,
        ["max_score"] = max,
    };

    private static string Id(string prefix) => $"{prefix}{Interlocked.Increment(ref _next):D6}";
}
