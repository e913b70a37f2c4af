using ClosedXML.Excel;
using QiPipeline.Metrics.Actions;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Charts;
using QiPipeline.Reports.Monthly;
using QiPipeline.Reports.OpenXml;

namespace QiPipeline.Reports;

/// <summary>
/// The monthly QI workbook <c>qi-monthly-YYYY-MM.xlsx</c>: a Summary sheet, one sheet per measure with
/// the SPC chart of every clinic and of the network, then PDSA cycles, Equity, Action lists, Data quality and Definitions. Cells are written with ClosedXML, the chart PNGs put
/// in afterwards with the Open XML SDK (no GDI+ needed) and, when a charts folder is given, written there as files too.
/// </summary>
public static class MonthlyWorkbook
{
    /// <summary>The file name for a month.</summary>
    public static string FileName(Month month) => $"qi-monthly-{month}.xlsx";

    /// <summary>Writes the workbook into <paramref name="folder"/> (created if needed) and returns its path.</summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="month">The report month (the as-of month).</param>
    /// <param name="rows">The kpi rows of a measure run; only the stratum <c>all</c> is used.</param>
    /// <param name="clinics">The configured clinics, in report order; the network comes last.</param>
    /// <param name="cycles">The configured PDSA cycles.</param>
    /// <param name="cancellationToken">Stops between sheets.</param>
    /// <param name="dataQuality">The last ETL run's figures (<see cref="DataQualityQuery"/>), or null: the sheet then says they were not supplied.</param>
    /// <param name="measureSettings">The configured <c>measures</c> section (per measure id, its flattened keys), or null: the Definitions sheet then shows the defaults.</param>
    /// <param name="options">Targets and the charts folder, or null for none.</param>
    /// <param name="actions">The action lists of the measure run (<see cref="ActionListCollector"/>), most urgent first, or null: the sheet then says they were not supplied.</param>
    public static async Task<string> WriteAsync(
        string folder, Month month, IReadOnlyList<KpiRow> rows, IReadOnlyList<ReportClinic> clinics, IReadOnlyList<PdsaCycle> cycles, CancellationToken cancellationToken,
        DataQualityReport? dataQuality = null, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>>? measureSettings = null, MonthlyOptions? options = null,
        IReadOnlyList<ActionItem>? actions = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(clinics);
        ArgumentNullException.ThrowIfNull(cycles);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName(month));
        var extras = new Extras(cycles, dataQuality, measureSettings, options ?? MonthlyOptions.None, actions);
        var images = await Task.Run(() => Write(path, month, rows, clinics, extras, cancellationToken), cancellationToken);
        if (extras.Options.ChartsFolder is { } charts)
        {
            await ChartFiles.WriteAsync(charts, month, images, cancellationToken);
        }

        return path;
    }

    private static List<SheetImage> Write(string path, Month month, IReadOnlyList<KpiRow> rows, IReadOnlyList<ReportClinic> clinics, Extras extras, CancellationToken cancellationToken)
    {
        var all = rows.Where(r => r.Stratum == KpiRow.AllStratum).ToList();
        var order = ClinicOrder.Of(all, clinics);
        var byMeasure = all.GroupBy(r => r.MeasureId, StringComparer.Ordinal)
            .Select(m => order.Where(c => m.Any(r => r.ClinicId == c.Id))
                .Select(c => SeriesAnalyzer.Analyse(MeasureDisplay.For(m.Key), c, m.Where(r => r.ClinicId == c.Id).ToList(), extras.Options.TargetOf(m.Key), extras.Options.MinMonthlyDenominator))
                .ToList())
            .ToList();

        var images = new List<SheetImage>();

        // The internal workbook (patient ids in the action lists, record ids of rejects, small
        // unsuppressed counts) is health information: owner-only from the first byte. It is written
        // whole under a temporary name, pictures included, then renamed: a killed or failed run
        // leaves last month's copy as it was.
        using var file = AtomicFile.Create(path, ownerOnly: true);
        using (var workbook = new XLWorkbook())
        {
            SummarySheet.Write(workbook, month, byMeasure.SelectMany(s => s));
            var names = new SheetNames();
            names.Take(SummarySheet.Name);
            foreach (var series in byMeasure)
            {
                cancellationToken.ThrowIfCancellationRequested();
                images.AddRange(MeasureSheet.Write(workbook, names.Take(series[0].Measure.DisplayName), series, extras.Cycles, month.End));
            }

            PdsaSheet.Write(workbook, names.Take(PdsaSheet.Name), extras.Cycles, byMeasure);
            EquitySheet.Write(workbook, names.Take(EquitySheet.Name), EquityAnalysis.Analyse(month, rows, [.. order.Select(c => c.Id)]));
            ActionListSheet.Write(workbook, names.Take(ActionListSheet.Name), month, clinics, extras.Actions);
            DataQualitySheet.Write(workbook, names.Take(DataQualitySheet.Name), extras.DataQuality);
            DefinitionsSheet.Write(workbook, names.Take(DefinitionsSheet.Name), month, extras.MeasureSettings);

            SheetFinish.Apply(workbook);
            workbook.SaveAs(file.Stream);
        }

        file.CloseStream();
        PictureInserter.Insert(file.TemporaryPath, images);
        PrintTitles.MakeAbsolute(file.TemporaryPath);
        file.Commit();
        return images;
    }

    /// <summary>The inputs of the sheets after the measure sheets.</summary>
    private sealed record Extras(
        IReadOnlyList<PdsaCycle> Cycles,
        DataQualityReport? DataQuality,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>>? MeasureSettings,
        MonthlyOptions Options,
        IReadOnlyList<ActionItem>? Actions);
}
