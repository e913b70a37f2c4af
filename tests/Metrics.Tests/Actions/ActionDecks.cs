using QiPipeline.Metrics.Actions;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.Actions;

/// <summary>Runs decks the way a measure run does: every measure on the timeline, then the collector sees it with its units.</summary>
internal static class ActionDecks
{
    /// <summary>The usual as-of date: 30 days before it is 2025-05-31, 90 days before it 2025-04-01.</summary>
    public const string AsOf = "2025-06-30";

    /// <summary>The action items of the decks as of <paramref name="asOf"/>, reporting the 24 months up to it.</summary>
    public static IReadOnlyList<ActionItem> Run(string asOf, IEnumerable<TimelineBuilder> decks, params string[] overrides)
    {
        var to = M(asOf[..7]);
        var context = For(asOf, to.Plus(-23).ToString(), to.ToString(), overrides);
        var families = MeasureFamilies.Create(context, EdClassification.BuiltIn);
        var collector = new ActionListCollector(context);
        foreach (var deck in decks)
        {
            var timeline = deck.AsOf(asOf);
            var units = new List<UnitResult>();
            foreach (var family in families)
            {
                family.Evaluate(timeline, units);
            }

            collector.Observe(timeline, units);
        }

        return collector.Items;
    }

    /// <summary>The action items of one deck as of <see cref="AsOf"/>.</summary>
    public static IReadOnlyList<ActionItem> Run(TimelineBuilder deck, params string[] overrides) => Run(AsOf, [deck], overrides);

    /// <summary>The one item of <paramref name="reason"/>, asserting there is exactly one.</summary>
    public static ActionItem Single(IReadOnlyList<ActionItem> items, ActionReason reason) => Assert.Single(items, i => i.Reason == reason);

    /// <summary>Whether any item has <paramref name="reason"/>.</summary>
    public static bool Has(IReadOnlyList<ActionItem> items, ActionReason reason) => items.Any(i => i.Reason == reason);

    public static DateOnly D(string date) => TimelineBuilder.D(date);
}
