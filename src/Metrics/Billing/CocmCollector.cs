using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Billing;

/// <summary>
/// Adds up each patient's collaborative care claims (<see cref="CocmBilling"/>) per clinic, month and code
/// during the measure run's single pass. It keeps the sums only, never a patient id: what it holds can go
/// into the aggregate value workbook.
/// </summary>
public sealed class CocmCollector(MeasureContext context) : ITimelineObserver
{
    private readonly Dictionary<(string Clinic, Month Period, string Code), (int PatientMonths, int Units)> _totals = [];

    /// <summary>The totals so far, by clinic (ordinal), month and code (in <see cref="CocmBilling.Codes"/> order).</summary>
    public IReadOnlyList<CocmTotal> Totals => _totals
        .Select(kv => new CocmTotal(kv.Key.Clinic, kv.Key.Period, kv.Key.Code, kv.Value.PatientMonths, kv.Value.Units))
        .OrderBy(t => t.ClinicId, StringComparer.Ordinal)
        .ThenBy(t => t.Period)
        .ThenBy(t => CodeOrder(t.Code))
        .ToList();

    /// <inheritdoc />
    public void Observe(PatientTimeline timeline, IReadOnlyList<UnitResult> units)
    {
        foreach (var claim in CocmBilling.Evaluate(timeline, context))
        {
            var key = (claim.ClinicId, claim.Period, claim.Code);
            var (patientMonths, sum) = _totals.GetValueOrDefault(key);
            _totals[key] = (patientMonths + 1, sum + claim.Units);
        }
    }

    /// <summary>The code's place in <see cref="CocmBilling.Codes"/>; an unknown code goes last.</summary>
    private static int CodeOrder(string code) => CocmBilling.Codes.TakeWhile(c => c != code).Count();
}
