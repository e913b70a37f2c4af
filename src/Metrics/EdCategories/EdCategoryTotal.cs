using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.EdCategories;

/// <summary>The ED visits of one clinic's attributed patients in one month, by NYU category, added up over patients.</summary>
/// <param name="ClinicId">The attributed clinic (as for the ED measures).</param>
/// <param name="Period">The month of the visits.</param>
/// <param name="Visits">The events of <c>ed_visits</c>: visits without admission.</param>
/// <param name="Weights">Each category's weight summed over the classified visits (weighted visits).</param>
/// <param name="Unclassified">Visits whose primary diagnosis is empty or not in the weights table.</param>
public sealed record EdCategoryTotal(string ClinicId, Month Period, int Visits, EdWeights Weights, int Unclassified);
