using QiPipeline.Metrics.Actions;
using QiPipeline.Metrics.Billing;
using QiPipeline.Metrics.Engine;

namespace QiPipeline.Cli.Commands;

/// <summary>
/// What the workbooks need from the measure run's single pass besides the kpi rows: the collaborative
/// care billing totals (value workbook, aggregates) and the action lists (monthly workbook only, patient ids).
/// Created by the measure run with its context, so a bad parameter is a configuration error like any other.
/// </summary>
internal sealed class ReportCollectors
{
    /// <summary>The billing totals; null until the run attached the collectors.</summary>
    public CocmCollector? Billing { get; private set; }

    /// <summary>The action lists; null until the run attached the collectors.</summary>
    public ActionListCollector? Actions { get; private set; }

    /// <summary>Creates the collectors for a run with <paramref name="context"/> and returns them as the run's observers.</summary>
    public IReadOnlyList<ITimelineObserver> Attach(MeasureContext context)
    {
        Billing = new CocmCollector(context);
        Actions = new ActionListCollector(context);
        return [Billing, Actions];
    }
}
