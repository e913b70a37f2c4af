using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Monthly;

namespace QiPipeline.Reports.Pilot;

/// <summary>A pilot clinic with a go-live: per measure its before/after rows and its SPC series split at go-live.</summary>
/// <param name="Clinic">The pilot clinic.</param>
/// <param name="GoLive">Its go-live date.</param>
/// <param name="Rows">Per measure, in the order of the kpi rows.</param>
/// <param name="Series">Per measure, the clinic's series analysed as the monthly workbook's chart is (go-live starts part 2).</param>
internal sealed record PilotClinic(ReportClinic Clinic, DateOnly GoLive, IReadOnlyList<PilotRow> Rows, IReadOnlyList<ClinicSeries> Series)
{
    /// <summary>
    /// The pilots of <paramref name="clinics"/> with a go-live, in report order. Comparison clinics are the
    /// clinics that are not pilots (the network excluded), pooled month by month.
    /// </summary>
    public static List<PilotClinic> Build(IReadOnlyList<KpiRow> rows, IReadOnlyList<ReportClinic> clinics)
    {
        var all = rows.Where(r => r.Stratum == KpiRow.AllStratum).ToList();
        var order = ClinicOrder.Of(all, clinics);
        var comparison = order.Where(c => !c.Pilot && c.Id != KpiRow.Network).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var measures = all.GroupBy(r => r.MeasureId, StringComparer.Ordinal).ToList();
        return order.Where(c => c.Pilot && c.GoLive is not null && c.Id != KpiRow.Network)
            .Select(clinic => ForClinic(clinic, measures, comparison))
            .ToList();
    }

    private static PilotClinic ForClinic(ReportClinic clinic, List<IGrouping<string, KpiRow>> measures, HashSet<string> comparison)
    {
        var goLive = clinic.GoLive!.Value;
        var split = Month.Of(goLive);
        var rows = new List<PilotRow>();
        var series = new List<ClinicSeries>();
        foreach (var measure in measures)
        {
            var display = MeasureDisplay.For(measure.Key);
            var own = measure.Where(r => r.ClinicId == clinic.Id).ToList();
            var final = own.Where(r => !r.Pending).ToList();
            var before = PilotPeriod.Of(final.Where(r => r.Period < split));
            var after = PilotPeriod.Of(final.Where(r => r.Period >= split));
            var others = measure.Where(r => comparison.Contains(r.ClinicId) && !r.Pending).ToList();
            rows.Add(new PilotRow(
                display, before, after,
                PilotPeriod.Of(others.Where(r => before.Months.Contains(r.Period))),
                PilotPeriod.Of(others.Where(r => after.Months.Contains(r.Period)))));
            series.Add(SeriesAnalyzer.Analyse(display, clinic, own));
        }

        return new PilotClinic(clinic, goLive, rows, series);
    }
}
