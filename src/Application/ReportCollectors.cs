using QiPipeline.Metrics.Actions;
using QiPipeline.Metrics.Billing;
using QiPipeline.Metrics.EdCategories;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;

namespace QiPipeline.Application;

/// <summary>
/// What the workbooks need from the measure run's single pass besides the kpi rows: the collaborative
/// care billing totals and the ED visits' NYU categories (value workbook, aggregates) and the action lists (monthly workbook only, patient ids).
/// Created by the measure run with its context, so a bad parameter is a configuration error like any other.
/// </summary>
internal sealed class ReportCollectors
{
    /// <summary>The billing totals; null until the run attached the collectors.</summary>
    public CocmCollector? Billing { get; private set; }

    /// <summary>The ED visit categories; null until the run attached the collectors.</summary>
    public EdCategoryCollector? EdCategories { get; private set; }

    /// <summary>The action lists; null until the run attached the collectors.</summary>
    public ActionListCollector? Actions { get; private set; }

    /// <summary>
    /// Creates the collectors for a run with <paramref name="context"/> and the run's ED
    /// <paramref name="classification"/>, and returns them as the run's observers.
    /// </summary>
    public IReadOnlyList<ITimelineObserver> Attach(MeasureContext context, EdClassification classification)
    {
        Billing = new CocmCollector(context);
        EdCategories = new EdCategoryCollector(classification);
        Actions = new ActionListCollector(context);
        return [Billing, EdCategories, Actions];
    }
}
