namespace QiPipeline.Application;

/// <summary>What <see cref="Pipeline.ReportAsync"/> is asked for.</summary>
/// <param name="Measures">The measure run whose rows (in memory) the workbooks show, as of its date.</param>
/// <param name="OutputFolder">The workbooks' folder, or null for <c>reports.outputDir</c> (else <c>out/reports</c>) relative to the configuration file.</param>
internal sealed record ReportRequest(MeasureResult Measures, string? OutputFolder = null);
