namespace QiPipeline.Metrics.Actions;

/// <summary>Why a patient is on the action list; the lists are ordered by <see cref="Urgency"/>, 1 first.</summary>
/// <param name="Urgency">The urgency class: 1 is the most urgent.</param>
/// <param name="Code">A short code for filtering (<c>suicide_risk</c>, ...).</param>
/// <param name="Title">The reason in a few words, as the sheet shows it.</param>
public sealed record ActionReason(int Urgency, string Code, string Title)
{
    /// <summary>PHQ-9/PHQ-A item 9 of 1 or more with no BH contact since.</summary>
    public static ActionReason SuicideRisk { get; } = new(1, "suicide_risk", "Item 9 (self-harm) flag, no BH contact since");

    /// <summary>A positive depression screen whose follow-up window closed without follow-up.</summary>
    public static ActionReason MissedFollowUp { get; } = new(2, "missed_followup", "Positive depression screen, no follow-up");

    /// <summary>A BH referral not engaged after the allowed days.</summary>
    public static ActionReason UnengagedReferral { get; } = new(3, "unengaged_referral", "BH referral not engaged");

    /// <summary>Not improving at 8 weeks (no PHQ-9 under 10, no 50% drop): the stepped-care prompt for psychiatric case review.</summary>
    public static ActionReason SteppedCare { get; } = new(4, "stepped_care", "Not improving at 8 weeks: psychiatric case review");

    /// <summary>An antidepressant supply that ran out without a refill during the treatment episode.</summary>
    public static ActionReason CoverageGap { get; } = new(5, "coverage_gap", "Antidepressant supply ran out, no refill");
}
