using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// Collaborative care (CoCM) billing opportunities, reported as counts, not a rate. Follows the CMS
/// Physician Fee Schedule codes 99492, 99493, 99494 and G2214 (time rules as in <see cref="CocmRules"/>),
/// from encounter minutes alone: it does not check consent, a registry or psychiatric review.
/// <list type="bullet">
/// <item>Per patient-month M (a reported month): the sum of <c>minutes</c> of completed
/// <c>care_management</c> encounters dated in M, at any clinic (a missing minutes value counts 0).</item>
/// <item>M is a first CoCM month when the completed care-management encounters of the
/// <c>lookbackMonths</c> (6) calendar months before M have no minutes, as CMS starts a new episode
/// after six months without CoCM services. A month with minutes below the billing threshold still
/// counts as care, so the month after it is a later month.</item>
/// <item>First month &gt;= 36 minutes: 99492; later month &gt;= 31: 99493; each further 30 minutes
/// beyond 70 (first) or 60 (later): one 99494 once 16 of them are reached; below 36 or 31 with &gt;=
/// 16 minutes: G2214.</item>
/// <item>Clinic: the clinic whose care-management encounters in M have the most minutes (ties: the
/// lowest clinic id, ordinal), since a patient-month is billed once.</item>
/// </list>
/// </summary>
public static class CocmBilling
{
    /// <summary>The id its parameters are configured under.</summary>
    public const string MeasureId = "cocm_billing";

    /// <summary>The billing rules' time thresholds with their defaults (CMS Physician Fee Schedule), as the configuration accepts them.</summary>
    public static ParameterSet Parameters { get; } = new(MeasureId,
    [
        ParameterDefinition.Integer("lookbackMonths", 6, "Calendar months without care-management minutes before a month that make it a first CoCM month."),
        ParameterDefinition.Integer("initialMinutes", 36, "Minutes for 99492 in a first month."),
        ParameterDefinition.Integer("subsequentMinutes", 31, "Minutes for 99493 in a later month."),
        ParameterDefinition.Integer("initialBaseMinutes", 70, "The time 99492 stands for; 99494 counts beyond it."),
        ParameterDefinition.Integer("subsequentBaseMinutes", 60, "The time 99493 stands for; 99494 counts beyond it."),
        ParameterDefinition.Integer("addOnBlockMinutes", 30, "The time one 99494 stands for."),
        ParameterDefinition.Integer("addOnMinutes", 16, "Minutes of a block that make one 99494 billable."),
        ParameterDefinition.Integer("g2214Minutes", 16, "Minutes for G2214 in a month below the 99492 or 99493 threshold."),
    ]);

    /// <summary>The codes it bills, in the order reports show them.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["99492", "99493", "99494", "G2214"];

    /// <summary>The billable codes of the patient's reported months, by month then code.</summary>
    public static IEnumerable<CocmClaim> Evaluate(PatientTimeline timeline, MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(context);
        var rules = CocmRules.Read(context.Parameters(MeasureId));
        var byMonth = timeline.Encounters
            .Where(e => e.IsCompleted && e.Type == "care_management")
            .GroupBy(e => Month.Of(e.Date))
            .ToDictionary(g => g.Key, g => g.ToList());

        var claims = new List<CocmClaim>();
        foreach (var (month, encounters) in byMonth.OrderBy(kv => kv.Key))
        {
            if (!context.Reports(month))
            {
                continue;
            }

            var first = Enumerable.Range(1, Math.Max(rules.LookbackMonths, 0))
                .All(k => !byMonth.TryGetValue(month.Plus(-k), out var earlier) || Minutes(earlier) == 0);
            var clinic = encounters
                .GroupBy(e => e.ClinicId)
                .OrderByDescending(Minutes)
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .First().Key;
            foreach (var (code, units) in rules.Codes(Minutes(encounters), first))
            {
                claims.Add(new CocmClaim(clinic, month, timeline.Patient.PatientId, code, units));
            }
        }

        return claims;
    }

    private static int Minutes(IEnumerable<Encounter> encounters) => encounters.Sum(e => e.Minutes ?? 0);
}
