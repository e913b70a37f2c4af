using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Actions;

/// <summary>
/// The action lists: as of the as-of date, the patients who need something now, at most one item
/// per patient and reason. Watches the measure run's single pass (<see cref="ITimelineObserver"/>)
/// and keeps only the items, never the timelines. The reasons and their rules are in
/// docs/measures.md, "Action lists"; each reuses its measure's rule and parameters.
/// </summary>
public sealed class ActionListCollector : ITimelineObserver
{
    private readonly List<ActionItem> _items = [];
    private readonly IActionRule[] _rules;

    /// <summary>Reads the parameters of the action lists (<c>action_lists</c>) and of the measures they reuse.</summary>
    public ActionListCollector(MeasureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = new ActionListSettings(context);
        _rules =
        [
            new SuicideRiskRule(settings),
            new MissedFollowUpRule(context, settings),
            new UnengagedReferralRule(settings),
            new SteppedCareRule(context, settings),
            new CoverageGapRule(context, settings),
        ];
    }

    /// <summary>The items so far, most urgent first: by urgency class, then days overdue (most first), clinic, source, patient id.</summary>
    public IReadOnlyList<ActionItem> Items =>
        [.. _items
            .OrderBy(i => i.Reason.Urgency)
            .ThenByDescending(i => i.DaysOverdue)
            .ThenBy(i => i.ClinicId, StringComparer.Ordinal)
            .ThenBy(i => i.Source, StringComparer.Ordinal)
            .ThenBy(i => i.PatientId, StringComparer.Ordinal)];

    /// <inheritdoc />
    public void Observe(PatientTimeline timeline, IReadOnlyList<UnitResult> units)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(units);
        foreach (var rule in _rules)
        {
            if (rule.Find(timeline, units) is { } item)
            {
                _items.Add(item with
                {
                    LastBhContact = timeline.Encounters.LastOrDefault(e => e.IsBhContact && e.Date <= timeline.AsOf)?.Date,
                    CareManager = timeline.Encounters.LastOrDefault(e => e.IsCompleted && e.Type == "care_management" && e.Date <= timeline.AsOf)?.ProviderId,
                });
            }
        }
    }
}
