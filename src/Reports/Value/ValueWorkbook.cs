using ClosedXML.Excel;
using QiPipeline.Metrics.Billing;
using QiPipeline.Metrics.EdCategories;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.OpenXml;

namespace QiPipeline.Reports.Value;

/// <summary>
/// The value workbook <c>qi-value-YYYY-MM.xlsx</c> for leadership and payers: aggregates only, small cells
/// suppressed. Sheets: Executive summary (one page, with native charts), Headlines (before against after go-live), Monthly (the counts per month), Collaborative
/// care billing (when the run's CoCM totals are given), ED visit categories (when the run's category totals are
/// given), Methods.
/// </summary>
public static class ValueWorkbook
{
    /// <summary>The file name for a month.</summary>
    public static string FileName(Month month) => $"qi-value-{month}.xlsx";

    /// <summary>Writes the workbook into <paramref name="folder"/> (created if needed) and returns its path.</summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="asOf">The as-of date; its month names the file.</param>
    /// <param name="rows">The kpi rows of a measure run; only the stratum <c>all</c> is used.</param>
    /// <param name="clinics">The configured clinics, in report order; pilots with a go-live get headlines.</param>
    /// <param name="options">Minimum cell size and cost per avoidable ED visit.</param>
    /// <param name="cancellationToken">Stops before writing.</param>
    /// <param name="billing">The run's CoCM totals (<see cref="CocmCollector"/>), or null: the workbook then has no billing sheet.</param>
    /// <param name="edCategories">The run's ED visit category totals (<see cref="EdCategoryCollector"/>), or null: no ED visit categories sheet.</param>
    public static async Task<string> WriteAsync(
        string folder, DateOnly asOf, IReadOnlyList<KpiRow> rows, IReadOnlyList<ReportClinic> clinics, ValueOptions options, CancellationToken cancellationToken,
        IReadOnlyList<CocmTotal>? billing = null, IReadOnlyList<EdCategoryTotal>? edCategories = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(clinics);
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName(Month.Of(asOf)));
        await Task.Run(() => Write(path, asOf, rows, clinics, options, billing, edCategories), cancellationToken);
        return path;
    }

    private static void Write(
        string path, DateOnly asOf, IReadOnlyList<KpiRow> rows, IReadOnlyList<ReportClinic> clinics, ValueOptions options, IReadOnlyList<CocmTotal>? billing,
        IReadOnlyList<EdCategoryTotal>? edCategories)
    {
        var table = ValueTable.Build(rows, clinics, options.MinCellSize, options.PeriodMonths);
        var style = new ValueStyle(options.MinCellSize);
        var all = rows.Where(r => r.Stratum == KpiRow.AllStratum).ToList();
        CocmBillingTable? billingTable = null;
        List<Month> billingMonths = [];
        if (billing is not null)
        {
            billingMonths = all.Select(r => r.Period).Concat(billing.Select(b => b.Period)).Distinct().Order().ToList();
            billingTable = CocmBillingTable.Build(billing, ClinicOrder.Of(all, clinics), billingMonths, options.MinCellSize);
        }

        using var file = AtomicFile.Create(path, ownerOnly: false);
        List<NativeChart> charts;
        using (var workbook = new XLWorkbook())
        {
            charts = ExecutiveSummarySheet.Write(workbook, table, style, options, billingTable, asOf);
            HeadlinesSheet.Write(workbook, table, style, options);
            MonthlyTableSheet.Write(workbook, table, style);
            if (billingTable is not null)
            {
                CocmBillingSheet.Write(workbook, billingTable, billingMonths, style, options);
            }

            if (edCategories is not null)
            {
                var months = all.Select(r => r.Period).Concat(edCategories.Select(t => t.Period)).ToList();
                var period = months.Count == 0 ? "no months" : $"{months.Min()} to {months.Max()}";
                EdCategoriesSheet.Write(workbook, EdCategoriesTable.Build(edCategories, ClinicOrder.Of(all, clinics), options.MinCellSize), style, period);
            }

            MethodsSheet.Write(workbook, asOf, style, options, billing is not null, edCategories is not null);
            workbook.SaveAs(file.Stream);
        }

        file.CloseStream();
        NativeChartInserter.Insert(file.TemporaryPath, charts);
        file.Commit();
    }
}
