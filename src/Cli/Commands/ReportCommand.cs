using System.CommandLine;
using QiPipeline.Cli.CommandLine;
using QiPipeline.Cli.Configuration;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports;
using QiPipeline.Reports.Monthly;
using QiPipeline.Reports.Pilot;
using QiPipeline.Reports.Value;

namespace QiPipeline.Cli.Commands;

/// <summary>
/// <c>qi report --config F [--as-of D] [--out DIR]</c>: run the measures on the warehouse and write the
/// monthly QI workbook (internal), the value workbook (aggregates only, small cells suppressed) and the pilot
/// comparison workbook into
/// DIR (default: <c>reports.outputDir</c>, else <c>out/reports</c>, both relative to the configuration file).
/// </summary>
internal static class ReportCommand
{
    public const string DefaultOutputDir = "out/reports";

    /// <summary>The charts folder inside the reports folder when <c>reports.chartsDir</c> is not set.</summary>
    public const string DefaultChartsDir = "charts";

    public static Command Declare(CliContext context)
    {
        var config = CommonOptions.Config();
        var asOf = CommonOptions.AsOf();
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The folder for the workbooks; default: reports.outputDir, else out/reports, relative to the configuration file.",
            HelpName = "DIR",
        };
        var command = new Command("report", "Compute the measures and write the monthly, value and pilot workbooks (and their charts).")
        {
            config, asOf, output,
        };
        command.SetAction((parsed, cancellationToken) => RunLocks.RunHoldingAsync(
            parsed.GetRequiredValue(config),
            context,
            (loaded, ctx, token) => RunAsync(loaded, parsed.GetValue(asOf), parsed.GetValue(output), ctx, token),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(LoadedConfiguration config, DateOnly? givenAsOf, string? output, CliContext context, CancellationToken cancellationToken)
    {
        var asOf = await AsOfDates.ResolveAsync(config, givenAsOf, context, cancellationToken);
        var folder = output ?? OutputFolder(config);
        var to = Month.Of(asOf);
        var kpis = Path.GetTempFileName();
        try
        {
            var collectors = new ReportCollectors();
            var result = await KpisCommand.ComputeAsync(config, asOf, to.Plus(-23), to, kpis, null, context, cancellationToken, collectors);
            var workbooks = await WriteWorkbooksAsync(config, asOf, result.Rows, folder, context, cancellationToken, collectors);
            var charts = Path.Combine(ChartsFolder(config, Path.GetFullPath(folder)), to.ToString());
            await OutputPaths.WriteAsync(context.Out, new OutputPaths(null, null, null, workbooks, charts));
            return ExitCodes.Success;
        }
        finally
        {
            File.Delete(kpis);
        }
    }

    /// <summary>Where reports go: <c>reports.outputDir</c>, else <c>out/reports</c>, relative to the configuration file.</summary>
    public static string OutputFolder(LoadedConfiguration config) =>
        Path.GetFullPath(Path.Combine(config.Folder, config.Options.Reports.OutputDir ?? DefaultOutputDir));

    /// <summary>
    /// Writes the monthly workbook (internal), the value workbook (aggregates, small cells suppressed) and the
    /// pilot comparison workbook (aggregates) of the measure rows into <paramref name="folder"/>; returns their paths.
    /// From <paramref name="collectors"/>, when given, the value workbook gets a billing sheet and an ED visit categories sheet and the monthly
    /// workbook the action lists (patient ids: the monthly workbook only).
    /// </summary>
    public static async Task<IReadOnlyList<string>> WriteWorkbooksAsync(
        LoadedConfiguration config, DateOnly asOf, IReadOnlyList<Metrics.Engine.KpiRow> rows, string folder, CliContext context, CancellationToken cancellationToken,
        ReportCollectors? collectors = null)
    {
        var full = Path.GetFullPath(folder);
        var clinics = Clinics(config);
        var reports = config.Options.Reports;
        var warehouse = config.Warehouse(context.Time);
        var dataQuality = await new DataQualityQuery(warehouse).ReadAsync(cancellationToken);
        var monthly = MonthlyOptionsOf(config, full);
        return
        [
            await MonthlyWorkbook.WriteAsync(full, Month.Of(asOf), rows, clinics, Cycles(config), cancellationToken, dataQuality, config.MeasureSettings, monthly, collectors?.Actions?.Items),
            await ValueWorkbook.WriteAsync(full, asOf, rows, clinics, new ValueOptions(reports.MinCellSize, reports.AvoidableEdVisitCost, reports.CocmRates), cancellationToken, collectors?.Billing?.Totals, collectors?.EdCategories?.Totals),
            await PilotWorkbook.WriteAsync(full, asOf, rows, clinics, cancellationToken, new PilotOptions(reports.MinComparisonUnits, monthly.ChartsFolder)),
        ];
    }

    /// <summary>The targets, and the charts folder.</summary>
    private static MonthlyOptions MonthlyOptionsOf(LoadedConfiguration config, string reportsFolder) =>
        new(config.Options.Reports.Targets, ChartsFolder(config, reportsFolder), config.Options.Reports.MinMonthlyDenominator);

    /// <summary>
    /// The folder the chart PNGs go to (each month in its own subfolder): <c>reports.chartsDir</c> relative to the
    /// configuration file, else <c>charts</c> in the reports folder.
    /// </summary>
    public static string ChartsFolder(LoadedConfiguration config, string reportsFolder) =>
        config.Options.Reports.ChartsDir is { Length: > 0 } charts
            ? Path.GetFullPath(Path.Combine(config.Folder, charts))
            : Path.Combine(reportsFolder, DefaultChartsDir);

    private static List<ReportClinic> Clinics(LoadedConfiguration config) =>
        config.Options.Clinics.Select(c => new ReportClinic(c.Id, string.IsNullOrWhiteSpace(c.Name) ? c.Id : c.Name, c.Pilot, c.GoLive, c.RampMonths)).ToList();

    private static List<PdsaCycle> Cycles(LoadedConfiguration config) =>
        config.Options.PdsaCycles.Select(c => new PdsaCycle(
            c.Id, c.ClinicIds, c.MeasureId, c.Title ?? c.Id, c.Start, c.End, c.Prediction)).ToList();
}
