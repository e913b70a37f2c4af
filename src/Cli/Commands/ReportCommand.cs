using System.Globalization;
using QiPipeline.Cli.Configuration;
using QiPipeline.Metrics.Actions;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports;
using QiPipeline.Reports.Monthly;
using QiPipeline.Reports.Value;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.Cli.Commands;

/// <summary>
/// <c>qi report --config F [--as-of D] [--out DIR]</c>: run the measures on the warehouse and write the
/// monthly QI workbook (internal) and the value workbook (aggregates only, small cells suppressed) into
/// DIR (default: <c>reports.outputDir</c>, else <c>out/reports</c>, both relative to the configuration file).
/// </summary>
internal static class ReportCommand
{
    public const string DefaultOutputDir = "out/reports";

    public static async Task<int> RunAsync(Arguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var config = ConfigurationLoader.Load(arguments.Required("config"), context.Environment);
        var asOf = arguments.OptionalDate("as-of") ?? DateOnly.FromDateTime(context.Time.GetLocalNow().DateTime);
        var folder = arguments.Optional("out") ?? OutputFolder(config);
        arguments.EnsureAllUsed("report");

        var to = Month.Of(asOf);
        var kpis = Path.GetTempFileName();
        try
        {
            var actions = new List<ActionItem>();
            var result = await KpisCommand.ComputeAsync(config, asOf, to.Plus(-23), to, kpis, null, context, cancellationToken, actions);
            foreach (var path in await WriteWorkbooksAsync(config, asOf, result.Rows, folder, context, cancellationToken, actions))
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"as of {asOf:yyyy-MM-dd}: wrote {path}"));
            }

            return ExitCodes.Success;
        }
        finally
        {
            File.Delete(kpis);
        }
    }

    /// <summary>Where reports go: <c>reports.outputDir</c>, else <c>out/reports</c>, relative to the configuration file.</summary>
    public static string OutputFolder(LoadedConfiguration config) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(config.File)!, config.Options.Reports.OutputDir ?? DefaultOutputDir));

    /// <summary>
    /// Writes the monthly workbook (internal) and the value workbook (aggregates, small cells suppressed) of the
    /// measure rows into <paramref name="folder"/>; returns their paths. The action lists, which hold patient
    /// ids, go to the monthly workbook only.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WriteWorkbooksAsync(
        LoadedConfiguration config, DateOnly asOf, IReadOnlyList<Metrics.Engine.KpiRow> rows, string folder, CliContext context, CancellationToken cancellationToken,
        IReadOnlyList<ActionItem>? actions = null)
    {
        var full = Path.GetFullPath(folder);
        var clinics = Clinics(config);
        var reports = config.Options.Reports;
        var warehouse = new WarehouseConnection(WarehouseDialects.Find(config.Options.Warehouse.Provider)!, config.WarehouseConnectionString, context.Time);
        var dataQuality = await new DataQualityQuery(warehouse).ReadAsync(cancellationToken);
        return
        [
            await MonthlyWorkbook.WriteAsync(full, Month.Of(asOf), rows, clinics, Cycles(config), cancellationToken, dataQuality, config.MeasureSettings, actions),
            await ValueWorkbook.WriteAsync(full, asOf, rows, clinics, new ValueOptions(reports.MinCellSize, reports.AvoidableEdVisitCost), cancellationToken),
        ];
    }

    private static List<ReportClinic> Clinics(LoadedConfiguration config) =>
        config.Options.Clinics.Select(c => new ReportClinic(c.Id!, string.IsNullOrWhiteSpace(c.Name) ? c.Id! : c.Name, c.Pilot, c.GoLive)).ToList();

    private static List<PdsaCycle> Cycles(LoadedConfiguration config) =>
        config.Options.PdsaCycles.Select(c => new PdsaCycle(
            c.Id!, c.ClinicIds, c.MeasureId!, c.Title ?? c.Id!, c.Start!.Value, c.End!.Value, c.Prediction)).ToList();
}
