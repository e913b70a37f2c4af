using ClosedXML.Excel;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Charts;
using QiPipeline.Reports.Monthly;
using QiPipeline.Reports.OpenXml;

namespace QiPipeline.Reports.Pilot;

/// <summary>
/// The pilot comparison workbook <c>qi-pilot-YYYY-MM.xlsx</c>: per pilot clinic with a go-live, a readings
/// sheet (before, after, the change and the change against the comparison clinics, in words, then one chart
/// per measure split at go-live) and a statistics sheet with every count and interval; then About. Without a pilot, one sheet saying so. Aggregates only, not suppressed. Charts are put in after saving with the
/// Open XML SDK (no GDI+ needed).
/// </summary>
public static class PilotWorkbook
{
    /// <summary>The sheet written when no clinic is a pilot with a go-live.</summary>
    public const string NoPilotSheet = "No pilot clinic";

    /// <summary>The file name for a month.</summary>
    public static string FileName(Month month) => $"qi-pilot-{month}.xlsx";

    /// <summary>Writes the workbook into <paramref name="folder"/> (created if needed) and returns its path.</summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="asOf">The as-of date; its month names the file.</param>
    /// <param name="rows">The kpi rows of a measure run; only the stratum <c>all</c> is used.</param>
    /// <param name="clinics">The configured clinics; pilots with a go-live get a sheet, the others are the comparison.</param>
    /// <param name="cancellationToken">Stops between sheets.</param>
    /// <param name="options">The comparison threshold, and where the charts are also written as PNG files for
    /// slides (under <c>YYYY-MM/pilot/</c>, beside the monthly workbook's); null for the defaults and no files.</param>
    public static async Task<string> WriteAsync(
        string folder, DateOnly asOf, IReadOnlyList<KpiRow> rows, IReadOnlyList<ReportClinic> clinics, CancellationToken cancellationToken, PilotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(clinics);
        Directory.CreateDirectory(folder);
        var month = Month.Of(asOf);
        var path = Path.Combine(folder, FileName(month));
        options ??= PilotOptions.None;
        var images = await Task.Run(() => Write(path, asOf, rows, clinics, options, cancellationToken), cancellationToken);
        if (options.ChartsFolder is { } chartsFolder)
        {
            await ChartFiles.WriteAsync(Path.Combine(chartsFolder, month.ToString()), "pilot", images, cancellationToken);
        }

        return path;
    }

    private static List<SheetImage> Write(
        string path, DateOnly asOf, IReadOnlyList<KpiRow> rows, IReadOnlyList<ReportClinic> clinics, PilotOptions options, CancellationToken cancellationToken)
    {
        var pilots = PilotClinic.Build(rows, clinics);
        var comparison = ClinicOrder.Of(rows.Where(r => r.Stratum == KpiRow.AllStratum).ToList(), clinics)
            .Where(c => !c.Pilot && c.Id != KpiRow.Network).ToList();
        var images = new List<SheetImage>();
        using var file = AtomicFile.Create(path, ownerOnly: false);
        using (var workbook = new XLWorkbook())
        {
            var names = new SheetNames();
            names.Take(PilotAboutSheet.Name);
            foreach (var pilot in pilots)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var readings = names.Take($"{pilot.Clinic.Id} {pilot.Clinic.Name}");
                var statistics = names.Take($"{pilot.Clinic.Id} statistics");
                images.AddRange(PilotReadingsSheet.Write(workbook, readings, statistics, pilot, options));
                PilotStatisticsSheet.Write(workbook, statistics, pilot, options);
            }

            if (pilots.Count == 0)
            {
                var sheet = workbook.Worksheets.Add(NoPilotSheet);
                PilotStyle.AddBanner(sheet, 1, "No pilot clinic: no clinic is configured with \"pilot\": true and a goLive date, so there is nothing to compare.");
                sheet.Column(1).Width = 120;
                sheet.PageSetup.PrintAreas.Add(1, 1, 2, 1);
            }
            else
            {
                PilotAboutSheet.Write(workbook, asOf, pilots, comparison, options);
            }
            workbook.SaveAs(file.Stream);
        }

        file.CloseStream();
        PictureInserter.Insert(file.TemporaryPath, images);
        file.Commit();
        return images;
    }
}
