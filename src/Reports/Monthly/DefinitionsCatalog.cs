namespace QiPipeline.Reports.Monthly;

/// <summary>
/// The plain-language definition of every measure, kept in code so the workbook does not read
/// docs/measures.md at run time; a test checks the ids against MeasureCatalog.
/// </summary>
internal static class DefinitionsCatalog
{
    public static readonly IReadOnlyList<DefinitionsEntry> All =
    [
        new("depression_screening", "Depression screening", "Patients 12 and over with a visit in the month who had a PHQ-2, PHQ-9, PHQ-A or EPDS in the year before the visit; patients with bipolar disorder are excluded."),
        new("anxiety_screening", "Anxiety screening", "Patients 12 and over with a visit in the month who had a GAD-2 or GAD-7 in the year before the visit."),
        new("substance_use_screening", "Substance use screening", "Patients 12 and over with a visit in the month who had an AUDIT-C, AUDIT, DAST-10, single alcohol or drug question, or CRAFFT in the year before the visit."),
        new("sdoh_screening", "Social needs screening", "Adults with a visit in the month who had a social-needs screen (AHC-HRSN or PRAPARE) in the year before the visit."),
        new("depression_followup", "Depression follow-up", "Positive depression screens followed up within 30 days (adapts HEDIS DSF-E and CMS2)."),
        new("referral_engagement", "Referral engagement", "Behavioral-health referrals where the patient had a BH contact within 30 days of the referral."),
        new("warm_handoff", "Warm handoff", "Behavioral-health referrals made as a warm handoff, or with a BH contact on the referral day."),
        new("bh_visit_attendance", "BH visit attendance", "Behavioral-health, care-management and psychiatric-consult visits completed rather than missed (cancelled visits are not counted)."),
        new("phq9_followup_6m", "PHQ-9 follow-up at 6 months", "Patients with an index PHQ-9 or PHQ-A of 10 or more who had a follow-up score in the 6-month window."),
        new("depression_response_6m", "Depression response at 6 months", "Patients with an index PHQ-9 or PHQ-A of 10 or more whose follow-up score at 6 months is at most half the index score."),
        new("depression_remission_6m", "Depression remission at 6 months", "Patients with an index PHQ-9 or PHQ-A of 10 or more whose follow-up score at 6 months is below 5."),
        new("depression_remission_12m", "Depression remission at 12 months", "Patients with an index PHQ-9 or PHQ-A of 10 or more whose follow-up score at 12 months is below 5."),
        new("antidepressant_acute", "Antidepressant acute phase", "New antidepressant courses with at least 84 covered days in the first 114 days (12 weeks)."),
        new("antidepressant_continuation", "Antidepressant continuation phase", "New antidepressant courses with at least 180 covered days in the first 231 days (6 months)."),
        new("ed_visits", "ED visits", "Emergency department visits per 1,000 attributed patients in the month; lower is better."),
        new("avoidable_ed_visits", "Avoidable ED visits", "Avoidable emergency department visits (NYU/Johnston weights, or the built-in code list) per 1,000 attributed patients; lower is better."),
        new("bh_ed_visits", "Behavioral-health ED visits", "Emergency department visits for a behavioral diagnosis, self-harm or suicidal ideation per 1,000 attributed patients; lower is better."),
        new("satisfaction_top_box", "Patient satisfaction (top box)", "Surveys in the month answered with the best possible score."),
    ];

    private static readonly Dictionary<string, DefinitionsEntry> ById = All.ToDictionary(e => e.MeasureId, StringComparer.Ordinal);

    /// <summary>The entry of a measure; an unknown id is shown as itself with no definition.</summary>
    public static DefinitionsEntry For(string measureId) =>
        ById.TryGetValue(measureId, out var entry) ? entry : new DefinitionsEntry(measureId, measureId, "");
}
