namespace QiPipeline.Reports.Monthly;

/// <summary>What the data say about one PDSA cycle (the Study of Plan-Do-Study-Act).</summary>
/// <param name="Before">The pooled rate of the (up to) 3 months before the cycle, or null without data.</param>
/// <param name="During">The pooled rate of the cycle's months so far, or null without data.</param>
/// <param name="PredictionMet">Whether <see cref="During"/> reached the prediction, or null (no prediction or no data).</param>
/// <param name="Improvement">Months within the cycle with a special-cause improvement (summed over the cycle's clinics).</param>
/// <param name="Concern">Months within the cycle with a special-cause concern (summed over the cycle's clinics).</param>
/// <param name="Sentence">The Study as a QI lead would write it.</param>
internal sealed record PdsaFindings(double? Before, double? During, bool? PredictionMet, int Improvement, int Concern, string Sentence);
