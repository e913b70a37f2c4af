using System.Data.Common;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Warehouse.Dialects;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Metrics.Engine;

/// <summary>
/// The one query per entity that feeds the timelines, and how a row becomes a record. Every
/// query returns source and patient_id first, ordered by them with a binary collation.
/// </summary>
internal static class TimelineQueries
{
    public static string Patients(WarehouseDialect d) =>
        Select(d, "patients", "clinic_id, birth_date, sex, race, ethnicity, language, payer, death_date");

    public static Patient Patient(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), Text(r, 2), r.GetFieldValue<DateOnly>(3), r.GetString(4),
        Text(r, 5), Text(r, 6), Text(r, 7), Text(r, 8), Date(r, 9));

    public static string Encounters(WarehouseDialect d) =>
        Select(d, "encounters", "encounter_id, clinic_id, encounter_date, encounter_type, modality, status, minutes, provider_id");

    public static Encounter Encounter(DbDataReader r) => new(
        r.GetString(2), r.GetString(3), r.GetFieldValue<DateOnly>(4), r.GetString(5), Text(r, 6), r.GetString(7), Int(r, 8), Text(r, 9));

    public static string Screenings(WarehouseDialect d) =>
        Select(d, "screenings", "screening_id, clinic_id, screening_date, instrument, score, item9_score, positive");

    public static Screening Screening(DbDataReader r) => new(
        r.GetString(2), r.GetString(3), r.GetFieldValue<DateOnly>(4), r.GetString(5), Int(r, 6), Int(r, 7), Bool(r, 8));

    public static string Referrals(WarehouseDialect d) =>
        Select(d, "referrals", "referral_id, clinic_id, referral_date, service, warm_handoff");

    public static Referral Referral(DbDataReader r) => new(
        r.GetString(2), r.GetString(3), r.GetFieldValue<DateOnly>(4), r.GetString(5), Bool(r, 6));

    public static string EdVisits(WarehouseDialect d) =>
        Select(d, "ed_visits", "ed_visit_id, visit_date, primary_dx, admitted, other_dx");

    /// <summary>An ED visit; <c>other_dx</c> is stored as trimmed codes joined by <c>;</c> (see the loader's validation).</summary>
    public static EdVisit EdVisit(DbDataReader r) => new(
        r.GetString(2), r.GetFieldValue<DateOnly>(3), Text(r, 4), r.GetBoolean(5), Text(r, 6)?.Split(';'));

    public static string Fills(WarehouseDialect d) =>
        Select(d, "medication_fills", "fill_id, fill_date, drug, drug_class, days_supply");

    public static MedicationFill Fill(DbDataReader r) => new(
        r.GetString(2), r.GetFieldValue<DateOnly>(3), r.GetString(4), r.GetString(5), r.GetInt32(6));

    public static string Diagnoses(WarehouseDialect d) =>
        Select(d, "diagnoses", "diagnosis_id, dx_code, dx_date, dx_system");

    /// <summary>A diagnosis; an empty <c>dx_system</c> (none is written since migration 4) means ICD-10-CM.</summary>
    public static Diagnosis Diagnosis(DbDataReader r) => new(
        r.GetString(2), r.GetString(3), r.GetFieldValue<DateOnly>(4), Text(r, 5) ?? DxSystems.Icd10Cm);

    public static string Surveys(WarehouseDialect d) =>
        Select(d, "surveys", "survey_id, clinic_id, survey_date, score, max_score");

    public static Survey Survey(DbDataReader r) => new(
        r.GetString(2), r.GetString(3), r.GetFieldValue<DateOnly>(4), Int(r, 5), r.GetInt32(6));

    private static string Select(WarehouseDialect d, string table, string columns) =>
        $"SELECT source, patient_id, {columns} FROM {d.Quote(table)} ORDER BY {d.BinaryOrder("source")}, {d.BinaryOrder("patient_id")}";

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateOnly? Date(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);

    private static int? Int(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private static bool? Bool(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetBoolean(i);
}
