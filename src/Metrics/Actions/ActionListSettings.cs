using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;
using static QiPipeline.Metrics.Catalog.ParameterDefinition;

namespace QiPipeline.Metrics.Actions;

/// <summary>
/// The action lists' own parameters, under the id <c>action_lists</c> of the <c>measures</c>
/// configuration section; every other rule is the measures' own, with their parameters.
/// </summary>
internal sealed class ActionListSettings
{
    /// <summary>The parameters' id in the <c>measures</c> section.</summary>
    public const string Id = "action_lists";

    /// <summary>The action lists' parameters with their defaults, as the configuration accepts them.</summary>
    public static ParameterSet Parameters { get; } = new(Id,
    [
        TextList("suicideRiskInstruments", ["PHQ-9", "PHQ-A"], "The instruments whose item 9 is read."),
        TextList("suicideRiskContactTypes", ["behavioral_health", "psychiatric_consult"], "Completed encounter types that answer an item 9 flag."),
        Integer("lookbackDays", 90, "Days before the as-of date in which a missed follow-up or an unengaged referral is listed."),
        Integer("referralDays", 14, "Days after a BH referral by which it should be engaged."),
        Integer("steppedCareDays", 56, "Days after the index PHQ-9 when a patient who is not improving is brought to case review."),
        Integer("steppedCareRepeatDays", 56, "Days after a psychiatric consult when a patient still not improving is brought to case review again."),
        Integer("steppedCareScoreBelow", 10, "A score below this since the index counts as improving (as does a response)."),
        Integer("coverageGraceDays", 7, "Days after an antidepressant supply runs out before a missing refill is listed."),
    ]);

    private readonly IReadOnlyList<string> _suicideRiskInstruments;
    private readonly IReadOnlyList<string> _suicideRiskContactTypes;

    public ActionListSettings(MeasureContext context)
    {
        var parameters = context.Parameters(Id);
        _suicideRiskInstruments = parameters.Strings("suicideRiskInstruments");
        _suicideRiskContactTypes = parameters.Strings("suicideRiskContactTypes");
        LookbackDays = parameters.Int("lookbackDays");
        ReferralDays = parameters.Int("referralDays");
        SteppedCareDays = parameters.Int("steppedCareDays");
        SteppedCareRepeatDays = parameters.Int("steppedCareRepeatDays");
        SteppedCareScoreBelow = parameters.Int("steppedCareScoreBelow");
        CoverageGraceDays = parameters.Int("coverageGraceDays");
    }

    /// <summary>How far back (days before the as-of date) a missed follow-up or an unengaged referral is listed.</summary>
    public int LookbackDays { get; }

    /// <summary>Days after a BH referral by which it should be engaged.</summary>
    public int ReferralDays { get; }

    /// <summary>Days after the index PHQ-9 when a patient who is not improving is brought to case review (8 weeks).</summary>
    public int SteppedCareDays { get; }

    /// <summary>Days after a psychiatric consult when a patient still not improving is brought to case review again (8 weeks).</summary>
    public int SteppedCareRepeatDays { get; }

    /// <summary>A score below this since the index counts as improving.</summary>
    public int SteppedCareScoreBelow { get; }

    /// <summary>Days after the supply runs out before a missing refill is listed.</summary>
    public int CoverageGraceDays { get; }

    /// <summary>Whether the screen carries a suicide-risk flag: item 9 &gt;= 1 on one of the instruments.</summary>
    public bool IsSuicideRiskFlag(Screening screening) =>
        screening.Item9Score >= 1 && _suicideRiskInstruments.Contains(screening.Instrument, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the encounter answers a suicide-risk flag: a completed encounter of one of the contact types.</summary>
    public bool AnswersSuicideRisk(Encounter encounter) =>
        encounter.IsCompleted && _suicideRiskContactTypes.Contains(encounter.Type, StringComparer.Ordinal);
}
