using QiPipeline.Metrics.Engine;

namespace QiPipeline.Reports;

/// <summary>The order clinics appear in every workbook.</summary>
internal static class ClinicOrder
{
    /// <summary>The configured clinics, then any other clinic of the rows (by id), then the network.</summary>
    public static List<ReportClinic> Of(List<KpiRow> rows, IReadOnlyList<ReportClinic> clinics)
    {
        var order = clinics.Where(c => c.Id != KpiRow.Network).ToList();
        var known = order.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        order.AddRange(rows.Select(r => r.ClinicId).Distinct(StringComparer.Ordinal)
            .Where(id => id != KpiRow.Network && !known.Contains(id)).Order(StringComparer.Ordinal)
            .Select(id => new ReportClinic(id, id, Pilot: false, GoLive: null)));
        order.Add(new ReportClinic(KpiRow.Network, "All clinics (network)", Pilot: false, GoLive: null));
        return order;
    }
}
