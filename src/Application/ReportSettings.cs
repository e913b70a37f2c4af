using QiPipeline.Application.Configuration;
using QiPipeline.Reports;
using QiPipeline.Reports.Pilot;
using QiPipeline.Reports.Value;

namespace QiPipeline.Application;

/// <summary>
/// The configuration as the workbooks take it: folders, clinics (with their ramp months), PDSA cycles and
/// each workbook's options. Kept in one place, so the three workbooks read one configuration alike.
/// </summary>
internal static class ReportSettings
{
    public const string DefaultOutputDir = "out/reports";

    /// <summary>The charts folder inside the reports folder when <c>reports.chartsDir</c> is not set.</summary>
    public const string DefaultChartsDir = "charts";

    /// <summary>Where reports go: <c>reports.outputDir</c>, else <c>out/reports</c>, relative to the configuration file.</summary>
    public static string OutputFolder(LoadedConfiguration config) =>
        Path.GetFullPath(Path.Combine(config.Folder, config.Options.Reports.OutputDir ?? DefaultOutputDir));

    /// <summary>
    /// The folder the chart PNGs go to (each month in its own subfolder): <c>reports.chartsDir</c> relative to the
    /// configuration file, else <c>charts</c> in the reports folder.
    /// </summary>
    public static string ChartsFolder(LoadedConfiguration config, string reportsFolder) =>
        config.Options.Reports.ChartsDir is { Length: > 0 } charts
            ? Path.GetFullPath(Path.Combine(config.Folder, charts))
            : Path.Combine(reportsFolder, DefaultChartsDir);

    /// <summary>The targets, the charts folder and the low-volume threshold.</summary>
    public static MonthlyOptions MonthlyOptionsOf(LoadedConfiguration config, string reportsFolder) =>
        new(config.Options.Reports.Targets, ChartsFolder(config, reportsFolder), config.Options.Reports.MinMonthlyDenominator);

    /// <summary>The smallest cell shown, the cost of an avoidable ED visit, the collaborative care rates.</summary>
    public static ValueOptions ValueOptionsOf(LoadedConfiguration config) =>
        new(config.Options.Reports.MinCellSize, config.Options.Reports.AvoidableEdVisitCost, config.Options.Reports.CocmRates);

    /// <summary>The comparison clinics' fewest units per period, and the charts folder (the monthly workbook's).</summary>
    public static PilotOptions PilotOptionsOf(LoadedConfiguration config, MonthlyOptions monthly) =>
        new(config.Options.Reports.MinComparisonUnits, monthly.ChartsFolder);

    /// <summary>The clinics, named (the id when unnamed), with pilot, go-live and ramp months.</summary>
    public static List<ReportClinic> Clinics(LoadedConfiguration config) =>
        config.Options.Clinics.Select(c => new ReportClinic(c.Id, string.IsNullOrWhiteSpace(c.Name) ? c.Id : c.Name, c.Pilot, c.GoLive, c.RampMonths)).ToList();

    /// <summary>The PDSA cycles (titled by their id when untitled).</summary>
    public static List<PdsaCycle> Cycles(LoadedConfiguration config) =>
        config.Options.PdsaCycles.Select(c => new PdsaCycle(
            c.Id, c.ClinicIds, c.MeasureId, c.Title ?? c.Id, c.Start, c.End, c.Prediction)).ToList();
}
