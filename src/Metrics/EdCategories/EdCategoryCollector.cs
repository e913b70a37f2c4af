using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.EdCategories;

/// <summary>
/// Adds up, during the measure run's single pass, the NYU categories of the ED visits that the
/// <c>ed_visits</c> measure counts: per clinic and month of its units (the patient's attributed clinic),
/// the visits without admission dated in that month, each category's weight from the run's
/// <see cref="EdClassification"/>, and the visits it leaves unclassified. Sums only, never a patient id:
/// what it holds can go into the aggregate value workbook.
/// </summary>
public sealed class EdCategoryCollector(EdClassification classification) : ITimelineObserver
{
    private const string EdVisitsMeasure = "ed_visits";

    private readonly Dictionary<(string Clinic, Month Period), (int Visits, EdWeights Weights, int Unclassified)> _totals = [];

    /// <summary>The totals so far of the clinic-months with visits, by clinic (ordinal) and month.</summary>
    public IReadOnlyList<EdCategoryTotal> Totals => _totals
        .Select(kv => new EdCategoryTotal(kv.Key.Clinic, kv.Key.Period, kv.Value.Visits, kv.Value.Weights, kv.Value.Unclassified))
        .OrderBy(t => t.ClinicId, StringComparer.Ordinal)
        .ThenBy(t => t.Period)
        .ToList();

    /// <inheritdoc />
    public void Observe(PatientTimeline timeline, IReadOnlyList<UnitResult> units)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(units);

        // The ed_visits units carry the attributed clinic of each reported month, so the categories
        // add up to exactly the visits the measure counts.
        foreach (var unit in units)
        {
            if (unit.MeasureId != EdVisitsMeasure || unit.NumeratorValue <= 0)
            {
                continue;
            }

            var key = (unit.ClinicId, unit.Period);
            var (visits, weights, unclassified) = _totals.GetValueOrDefault(key);
            foreach (var visit in timeline.EdVisits)
            {
                if (visit.Admitted || !unit.Period.Contains(visit.Date))
                {
                    continue;
                }

                visits++;
                if (classification.TryClassify(visit.PrimaryDx, out var categories))
                {
                    weights += categories;
                }
                else
                {
                    unclassified++;
                }
            }

            _totals[key] = (visits, weights, unclassified);
        }
    }
}
