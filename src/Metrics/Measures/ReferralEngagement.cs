using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// <c>referral_engagement</c> and <c>warm_handoff</c>: whether a BH referral leads to a BH contact.
/// docs/measures.md names no public measure; the nearest is CMS50 (Closing the Referral Loop), which
/// counts the receipt of the specialist's report, where this counts the patient's first BH contact.
/// <list type="bullet">
/// <item>Unit: patient P in month M with a BH referral dated in M; the index r is the earliest
/// (ties: the lowest referral id, ordinal). Clinic and unit id: those of r. No exclusions.</item>
/// <item><c>referral_engagement</c> numerator: a BH contact, at any clinic, dated in
/// [r, r + <c>windowDays</c>] (30); pending while as-of &lt; r + <c>windowDays</c> and not met.
/// An engaged unit carries the days from r to its first BH contact (the clinic-month median
/// of these is <c>days_to_engagement</c>).</item>
/// <item><c>warm_handoff</c> numerator: r.warm_handoff = true, or a BH contact dated r; never pending.</item>
/// </list>
/// </summary>
public sealed partial class ReferralEngagement : IMeasureFamily
{
    /// <summary>The engagement measure's id.</summary>
    internal const string EngagementId = "referral_engagement";
    private const string WarmHandoffId = "warm_handoff";

    private readonly MeasureContext _context;
    private readonly int _windowDays;

    /// <summary>Reads the measures' parameters.</summary>
    public ReferralEngagement(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _windowDays = context.Parameters(EngagementId).Int("windowDays");
    }

    /// <inheritdoc />
    public IReadOnlyList<string> MeasureIds { get; } = [EngagementId, WarmHandoffId];

    /// <inheritdoc />
    public void Evaluate(PatientTimeline timeline, ICollection<UnitResult> results)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(results);

        // Referrals are sorted by (date, id ordinal), so each month's first is its index.
        var indexes = timeline.Referrals
            .Where(r => r.IsBhReferral && _context.Reports(Month.Of(r.Date)))
            .GroupBy(r => Month.Of(r.Date))
            .Select(month => month.First());
        foreach (var index in indexes)
        {
            var month = Month.Of(index.Date);
            var patient = timeline.Patient.PatientId;
            var end = index.Date.AddDays(_windowDays);
            var contact = FirstContact(timeline, index, end);
            var engaged = UnitResult.Proportion(EngagementId, index.ClinicId, month, patient, index.Id, contact is not null, pending: timeline.AsOf < end);
            results.Add(contact is null ? engaged : engaged with { Days = contact.Date.DayNumber - index.Date.DayNumber });

            var warm = index.WarmHandoff == true || timeline.Encounters.Any(e => e.IsBhContact && e.Date == index.Date);
            results.Add(UnitResult.Proportion(WarmHandoffId, index.ClinicId, month, patient, index.Id, warm));
        }
    }

    /// <summary>
    /// The first BH contact dated in [referral, <paramref name="through"/>], or null: the engagement
    /// rule, also asked by the action lists with the as-of date as the end.
    /// </summary>
    internal static Encounter? FirstContact(PatientTimeline timeline, Referral referral, DateOnly through) =>
        timeline.Encounters.FirstOrDefault(e => e.IsBhContact && e.Date >= referral.Date && e.Date <= through);
}
